import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// lib/ is the engine: it runs in Node (command, tests, benchmark) and in the extension alike, so it
// must not reach for browser APIs or DOM globals. These rules keep that wall standing.
const browserGlobals = ['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage'];

// lib/ is layered, each layer importing only the ones below it (DESIGN.md, "Layers"). A layer's block
// repeats the purity patterns of the lib/ block, since a later block's options replace an earlier one's.
const libPurity = [
  {
    group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'],
    message: 'lib/ is pure: no extension APIs.',
  },
  {
    group: ['preact', 'preact/*', '**/components/*', '**/entrypoints/*'],
    message: 'lib/ does not import UI code.',
  },
];
const libLayers = ['lang', 'text', 'figures', 'analysis', 'page', 'corpus', 'match'];
const layerBlocks = libLayers.map((layer, i) => ({
  files: [`lib/${layer}/**/*.ts`],
  // Tests run rules of several layers together; lib/page/extract-article.ts still reads the cleaning
  // rules through their old place (lib/corpus/clean-text.ts re-exports lib/page/clean-text.ts).
  ignores: ['lib/**/*.test.ts', 'lib/page/extract-article.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...libPurity,
          {
            group: [
              ...libLayers.slice(i + 1).map((above) => `**/${above}/**`),
              '**/lib',
              '**/lib/index',
              '../index',
            ],
            message: `lib/${layer} imports only the layers below it: ${libLayers.slice(0, i).join(', ') || 'none'}.`,
          },
        ],
      },
    ],
  },
}));

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
  ...layerBlocks,
  {
    files: ['**/*.{js,mjs}', 'scripts/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
