import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

// Layers depend one way (see DESIGN.md): geometry <- pack <- bag <- carry, design; style stands alone;
// catalog knows only its own types; batch, api, cli and web sit on top and nothing imports them.
const layerRule = (from, banned) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((layer) => ({ group: [`**/${layer}/*`, `**/${layer}`], message: `src/${from} must not import src/${layer} (DESIGN.md layers).` })) },
    ],
  },
})
const top = ['api', 'cli', 'batch']

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
  layerRule('geometry', ['pack', 'bag', 'carry', 'design', 'style', 'catalog', ...top]),
  layerRule('pack', ['bag', 'carry', 'design', 'style', 'catalog', ...top]),
  layerRule('bag', ['carry', 'design', 'style', 'catalog', ...top]),
  layerRule('carry', ['design', 'style', 'catalog', ...top]),
  layerRule('design', ['carry', 'style', 'catalog', ...top]),
  layerRule('style', ['geometry', 'pack', 'bag', 'carry', 'design', 'catalog', ...top]),
  layerRule('catalog', ['geometry', 'pack', 'bag', 'carry', 'design', 'style', ...top]),
)
