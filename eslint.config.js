import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'

// Layers depend one way (see docs/architecture.md): geometry <- pack <- bag <- carry, design; style stands alone;
// catalog knows only its own types; batch, api, cli and web sit on top and nothing imports them. `allowed` lists
// modules of a banned layer that may still be imported (gitignore-style negations).
const layerRule = (from, banned, allowed = []) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((layer) => ({
          group: [`**/${layer}/*`, `**/${layer}`, ...allowed.filter((a) => a.startsWith(`${layer}/`)).map((a) => `!**/${a}`)],
          message: `src/${from} must not import src/${layer} (docs/architecture.md, layers).`,
        })),
      },
    ],
  },
})
const top = ['api', 'cli', 'batch']
// src/services joins the layers for the callers on top (catalog rows to bags and fit problems, shared by the CLI,
// the API and batch): it may use every layer below, and only those on top may use it. src/public holds the
// package's entry points: nothing inside imports them.
const below = ['services', 'public', ...top]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type information from the nearest tsconfig.json (the root's, web/'s or test/web/'s).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A Fastify plugin or an implementation of a promise-returning interface is async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // `{}` is what `unknown` narrows to once null and undefined are ruled out; like `unknown` (the rule's default),
      // it is left to the author.
      '@typescript-eslint/no-base-to-string': ['error', { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', '{}'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layerRule('geometry', ['pack', 'bag', 'carry', 'design', 'style', 'catalog', ...below]),
  layerRule('pack', ['bag', 'carry', 'design', 'style', 'catalog', ...below]),
  layerRule('bag', ['carry', 'design', 'style', 'catalog', ...below]),
  layerRule('carry', ['design', 'style', 'catalog', ...below]),
  layerRule('design', ['carry', 'style', 'catalog', ...below]),
  layerRule('style', ['geometry', 'pack', 'bag', 'carry', 'design', 'catalog', ...below]),
  layerRule('catalog', ['geometry', 'pack', 'bag', 'carry', 'design', 'style', ...below]),
  layerRule('services', ['public', ...top]),
  // The layers on top are independent: the API and batch never import each other or the CLI. The CLI hosts both
  // (`serve`, `batch`): it starts the server through src/api/server.ts alone, and drives batch through its modules.
  layerRule('api', ['cli', 'batch', 'public']),
  layerRule('batch', ['cli', 'api', 'public']),
  layerRule('cli', ['api', 'public'], ['api/server.js']),
  // The web page: browser globals, React hook rules, and the layers it may use (docs/architecture.md: types and pure functions
  // from geometry, pack, bag and style; never catalog, api, cli, batch or services).
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The classic hook rules. The React Compiler's rules (immutability, refs) are left off: a three.js scene is
      // mutable by design, and the page does not use the compiler.
      'react-hooks/rules-of-hooks': 'error',
      // The store's actions are closures over zustand's set/get, never methods that read `this`.
      '@typescript-eslint/unbound-method': 'off',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: ['catalog', 'api', 'cli', 'batch', 'services', 'carry', 'design'].map((layer) => ({
            group: [`**/src/${layer}/*`, `**/src/${layer}`],
            message: `web/ must not import src/${layer} (docs/architecture.md, layers): ask the HTTP API instead.`,
          })),
        },
      ],
      // @react-three/eslint-plugin's two rules (no-new-in-loop, no-clone-in-loop), as selectors: that plugin pins
      // ESLint 8. Nothing may be allocated or cloned inside useFrame (CONTRIBUTING.md, r3f pitfalls).
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.name=useFrame] NewExpression', message: 'No `new` in the frame loop: reuse a scratch object made once outside it.' },
        {
          selector: "CallExpression[callee.name=useFrame] CallExpression[callee.property.name='clone']",
          message: 'No clone() in the frame loop: copy into a scratch object made once outside it.',
        },
      ],
    },
  },
  // Tests and benchmarks read answers as JSON (`any`) and pass methods to expect(): the promise rules and the rest of
  // the type-checked set stay on, the rules about `any` and unbound methods are for the product's code.
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // Plain JavaScript (this file, scripts/, the bin) and the page's Vite config are in no tsconfig of their own: lint
  // them without type information.
  { files: ['**/*.js', '**/*.mjs', 'web/vite.config.ts'], ...tseslint.configs.disableTypeChecked },
  // The widget's loader for shops' pages: plain browser JavaScript, copied as it is.
  { files: ['web/public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['test/web/**/*.ts', 'web/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
