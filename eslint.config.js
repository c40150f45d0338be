import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Globals a server does not have: `@lit-labs/ssr` gives Node only `customElements` (its DOM shim's
 * classes are for Lit, not globals). Code that runs while rendering (templates, parsing,
 * `willUpdate`) must not touch them; code that runs only in a browser (lifecycle callbacks after
 * connection, event handlers) says so where it uses one. test/node/no-dom-globals.test.mjs checks
 * that each is flagged and absent on a server.
 */
export const browserOnlyGlobals = [
  'document',
  'window',
  'self',
  'navigator',
  'location',
  'history',
  'screen',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'matchMedia',
  'getComputedStyle',
  'getSelection',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'DOMParser',
  'XMLSerializer',
  'CSS',
  'Image',
  'IntersectionObserver',
  'ResizeObserver',
  'MutationObserver',
].map((name) => ({
  name,
  message: `${name} does not exist on a server: use it only in browser-only code (connectedCallback, updated, event handlers) and say so with an eslint-disable comment giving the reason.`,
}));

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'storybook-static/', 'screenshots/', '.tmp/', 'custom-elements.json', '**/*.d.ts'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-duplicate-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-globals': ['error', ...browserOnlyGlobals],
      // The elements' own `render()` is the guarded `renderContent()`.
      'lit/no-template-bind': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: [
      'test/**/*.{ts,js,mjs}',
      'stories/**/*.ts',
      '.storybook/*.ts',
      'bench/**/*.{js,jsx,mjs}',
      'demo/**/*.{js,mjs}',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha, ...globals.node } },
    rules: {
      // Chai's assertions are property reads: `expect(el.hidden).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Node scripts whose callbacks also run in the page they drive (`page.evaluate`).
    files: ['scripts/**/*.{js,mjs}', '*.{js,mjs,ts}', 'test/node/**/*.mjs', 'test/consumers/**/*.{mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
