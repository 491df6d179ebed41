import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// lib/ is the engine: it runs in Node (command, tests, benchmark) and in the extension alike, so it
// must not reach for browser APIs or DOM globals. These rules keep that wall standing.
const browserGlobals = ['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage'];

export default tseslint.config(
  {
    ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'coverage/', 'public/corpus/', 'tests/output/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({ name, message: 'lib/ is pure: no browser or DOM globals.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'],
              message: 'lib/ is pure: no extension APIs.',
            },
            {
              group: ['preact', 'preact/*', '**/components/*', '**/entrypoints/*'],
              message: 'lib/ does not import UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
