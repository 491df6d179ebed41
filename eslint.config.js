import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// lib/ is the engine: it runs in Node (command, tests, benchmark) and in the extension alike, so it
// must not reach for browser APIs or DOM globals. These rules keep that wall standing.
const browserGlobals = ['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage'];

// Walls between folders, in the manner of Dark Reader's restricted paths: an import the wrong way fails
// lint. Each wall matches an import in both forms a reader may write it, through the '@/' alias and as a
// relative path. tests/import-walls.test.ts lints a table of wrong-way and right-way imports against them.
const into = (folder) => `^(?:@/|(?:\\.\\./)+)${folder}(?:/|$)`;
const forbid = (folder, message) => ({ regex: into(folder), message });
// A regex, not a gitignore group: in a group a leading '#' makes '#imports' a comment that matches nothing.
const extensionApis = '^(?:wxt|#imports|webextension-polyfill)(?:/|$)';
const ui = ['preact', 'preact/*'];

// lib/ is the engine and imports nothing outside lib/: no '@/' path but '@/lib/…', and no relative path
// that climbs out of it (one '../' more than the file lies deep inside lib/; each glob matches one depth).
// Its tests run in Node only and may also take Node helpers from scripts/ (a Document from linkedom).
// Inside lib/, layers point down only (DESIGN.md, "Layers"): a layer's files may not import the layers
// above it, nor the entry point. A later block's options replace an earlier one's, so each block carries
// every pattern that applies to its files.
const libLayers = ['lang', 'text', 'figures', 'analysis', 'page', 'corpus', 'match', 'sources'];
const layerPattern = (layer) => {
  const i = libLayers.indexOf(layer);
  const message = `lib/${layer} imports only the layers below it: ${libLayers.slice(0, i).join(', ') || 'none'}.`;
  const above = libLayers.slice(i + 1).map((layerAbove) => `**/${layerAbove}/**`);
  return [
    ...(above.length > 0 ? [{ group: above, message }] : []),
    // The entry point sits above every layer: '@/lib', '../index', '../../lib'.
    { regex: '^(?:@/lib(?:/index)?|(?:\\.\\./)+(?:lib/)?index|(?:\\.\\./)+lib)$', message },
  ];
};
const libWalls = [0, 1, 2, 3, 4].flatMap((depth) => {
  const message = 'lib/ imports nothing outside lib/.';
  const pure = [
    { regex: extensionApis, message: 'lib/ is pure: no extension APIs.' },
    { group: ui, message: 'lib/ does not import UI code.' },
  ];
  const outside = [
    { regex: '^@/(?!lib(?:/|$))', message },
    { regex: `^(?:\\.\\./){${depth + 1}}`, message },
    ...pure,
  ];
  const testWalls = [
    {
      regex: '^@/(?!(?:lib|scripts|tests)(?:/|$))',
      message: `${message} Its tests may use scripts/ and tests/.`,
    },
    {
      regex: `^(?:\\.\\./){${depth + 1}}(?!scripts/|tests/)`,
      message: `${message} Its tests may use scripts/ and tests/.`,
    },
    ...pure,
  ];
  // Every file below lib/ keeps the outer wall; below it, the first folder is the layer, whose block
  // comes after (and so replaces) the outer one for its files.
  const dirs = [
    `lib/${'*/'.repeat(depth)}`,
    ...(depth === 0 ? [] : libLayers.map((l) => `lib/${l}/${'*/'.repeat(depth - 1)}`)),
  ];
  return dirs.flatMap((dir, i) => [
    {
      files: [`${dir}*.ts`],
      ignores: [`${dir}*.test.ts`],
      patterns: i === 0 ? outside : [...outside, ...layerPattern(libLayers[i - 1])],
    },
    // Tests run rules of several layers together: only the outer wall applies to them.
    { files: [`${dir}*.test.ts`], patterns: testWalls },
  ]);
});

// Outside lib/, the engine is imported from its entry point (lib/index.ts). The light entries are
// small modules imported where the whole engine would be a weight: the content script's article check,
// the settings' defaults, the panel's furniture check and the reader's decisions and source ids.
const LIGHT_ENTRIES = [
  'page/is-article-page',
  'match/defaults',
  'page/site-furniture',
  'match/possible-versions',
  'sources/user-source',
];
const entryPoint = {
  regex: `^(?:@/|(?:\\.\\./)+)lib/(?!(?:${LIGHT_ENTRIES.join('|')})$)`,
  message: "Outside lib/, import the engine from '@/lib' (lib/index.ts); DESIGN.md lists the light entries.",
};
const outsideLib = ['entrypoints', 'components', 'wording', 'settings', 'messaging'];

const walls = [
  ...libWalls,
  {
    files: outsideLib.map((folder) => `${folder}/**/*.{ts,tsx}`),
    ignores: ['**/*.test.{ts,tsx}'],
    patterns: [entryPoint],
  },
  {
    // Components take props and call callbacks: the wiring and the browser stay in entrypoints/.
    files: ['components/**/*.{ts,tsx}'],
    patterns: [
      forbid('entrypoints', 'components/ do not import entrypoints/: pass what they need as props.'),
      entryPoint,
      forbid('messaging', 'components/ do not import messaging/: the entrypoint talks to the background.'),
      forbid('settings', 'components/ do not import settings/: the entrypoint reads and writes settings.'),
      { regex: extensionApis, message: 'components/ call no browser API: the entrypoint does.' },
    ],
  },
  {
    // The background shares the wording layer with the UI, never a component.
    files: ['entrypoints/background/**/*.ts'],
    patterns: [
      forbid('components', 'the background imports no component: shared wording lives in wording/.'),
      entryPoint,
    ],
  },
  {
    // The wording layer (messages, claim summaries, citations) runs in the background, the UI and Node:
    // it takes lib/'s types, the message files and itself. It is flat: '../' always leaves wording/.
    files: ['wording/**/*.ts'],
    patterns: [
      {
        regex: '^(?:@/|(?:\\.\\./)+)(?!\\.\\./|lib(?:/|$)|wording/|public/_locales/)',
        message: "wording/ imports only lib/'s types, the message files and itself.",
      },
      { regex: into('lib'), allowTypeImports: true, message: "wording/ imports only lib/'s types." },
      { regex: extensionApis, message: 'wording/ calls no browser API.' },
      entryPoint,
      { group: ui, message: 'wording/ holds no UI code.' },
    ],
  },
  {
    // Settings storage is read by the background, the content script and the UI, and knows none of them.
    files: ['settings/**/*.ts'],
    patterns: [
      forbid('components', 'settings/ imports nothing of the UI.'),
      entryPoint,
      forbid('entrypoints', 'settings/ imports nothing of the UI.'),
      { group: ui, message: 'settings/ imports nothing of the UI.' },
    ],
  },
].map(({ patterns, ...where }) => ({
  ...where,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
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
    },
  },
  ...walls,
  {
    files: ['**/*.{js,mjs}', 'scripts/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
