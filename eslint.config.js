import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'

// Layers depend one way (see docs/architecture.md): geometry <- pack <- bag <- carry, design; style stands alone;
// catalog knows only its own types; batch, api, cli and web sit on top and nothing imports them.
const layerRule = (from, banned) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((layer) => ({ group: [`**/${layer}/*`, `**/${layer}`], message: `src/${from} must not import src/${layer} (docs/architecture.md, layers).` })) },
    ],
  },
})
const top = ['api', 'cli', 'batch']
// src/services joins the layers for the callers on top (catalog rows to bags and fit problems, shared by the CLI,
// the API and batch): it may use every layer below, and only those on top may use it.
const below = ['services', ...top]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
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
  layerRule('services', top),
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
  {
    files: ['test/web/**/*.ts', 'web/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
