// ESLint (`npm test`'s lint stage): typescript-eslint's, eslint-plugin-lit's and
// eslint-plugin-wc's recommended rules over the sources, tests and scripts.
// The plugins come from the tools/lint workspace (typescript-eslint needs a
// TypeScript 5; the root type-checks with TypeScript 7).
import { globals, js, lit, tseslint, wc } from './tools/lint/plugins.js';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'examples/', 'tools/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    rules: {
      // `_`-named bindings are deliberate (a property left out of a rest copy, a skipped argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    // TypeScript already checks names (typescript-eslint's advice), and knows the DOM's.
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['tests/e2e/**/*.js', 'demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The end-to-end scripts hand functions to the page (`page.evaluate`).
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['tests/types/**/*.ts'],
    rules: {
      // Type tests name a listener's parameter only to read its type.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }],
    },
  },
);
