import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import walls of eslint.config.js, checked through ESLint itself: each import below is linted as if
// it were written in the named file (the file need not exist). The same check by hand:
//   echo "import { t } from '../lib/match/defaults';" | npx eslint --stdin --stdin-filename wording/x.ts
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** The wall messages ESLint reports for one line of code in filePath. */
async function wallMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import walls', () => {
  it.each([
    [
      'lib/ reaching a component through the alias',
      'lib/match/x.ts',
      "import { ClaimCard } from '@/components/ClaimCard';",
    ],
    [
      'lib/ reaching the wording layer by a relative path',
      'lib/match/x.ts',
      "import { t } from '../../wording/i18n';",
    ],
    ['lib/index.ts reaching scripts/', 'lib/index.ts', "import { compare } from '../scripts/compare';"],
    [
      'a file deep in lib/ climbing out',
      'lib/a/b/c/x.ts',
      "import { s } from '../../../../settings/settings';",
    ],
    ['lib/ taking settings through the alias', 'lib/x.ts', "import { s } from '@/settings/settings';"],
    ['lib/ calling extension APIs', 'lib/page/x.ts', "import { browser } from '#imports';"],
    ['lib/ rendering UI', 'lib/page/x.ts', "import { h } from 'preact';"],
    [
      'a lib/ test reaching the background',
      'lib/page/x.test.ts',
      "import { c } from '../../entrypoints/background/corpus';",
    ],
    [
      'a component importing an entrypoint',
      'components/X.tsx',
      "import { App } from '@/entrypoints/sidepanel/App';",
    ],
    [
      'a component importing the protocol by a relative path',
      'components/X.tsx',
      "import { p } from '../messaging/protocol';",
    ],
    [
      'a component importing settings storage',
      'components/X.tsx',
      "import { loadSettings } from '@/settings/settings';",
    ],
    ['a component calling the browser', 'components/X.tsx', "import { browser } from '#imports';"],
    [
      'the background importing a component',
      'entrypoints/background/x.ts',
      "import { ClaimCard } from '@/components/ClaimCard';",
    ],
    [
      'the background importing a component by a relative path',
      'entrypoints/background/x.ts',
      "import '../../components/theme.css';",
    ],
    [
      'wording/ importing a component',
      'wording/x.ts',
      "import { ClaimCard } from '../components/ClaimCard';",
    ],
    [
      'wording/ importing settings storage',
      'wording/x.ts',
      "import { loadSettings } from '@/settings/settings';",
    ],
    ['wording/ importing an entrypoint', 'wording/x.ts', "import { main } from '@/entrypoints/popup/main';"],
    [
      'wording/ taking a value from lib/',
      'wording/x.ts',
      "import { DEFAULT_COMPARE_OPTIONS } from '@/lib/match/defaults';",
    ],
    [
      'wording/ taking a value from lib/ by a relative path',
      'wording/x.ts',
      "import { compareText } from '../lib';",
    ],
    ['wording/ rendering UI', 'wording/x.ts', "import { h } from 'preact';"],
    [
      'settings/ importing a component',
      'settings/x.ts',
      "import { SiteSwitch } from '@/components/SiteSwitch';",
    ],
    [
      'settings/ importing an entrypoint by a relative path',
      'settings/x.ts',
      "import { Popup } from '../entrypoints/popup/Popup';",
    ],
    ['settings/ using Preact hooks', 'settings/x.ts', "import { useState } from 'preact/hooks';"],
    [
      'a component reaching past the engine’s entry point',
      'components/X.tsx',
      "import { compareSentences } from '@/lib/match/compare-sentences';",
    ],
    [
      'the popup reaching past the engine’s entry point',
      'entrypoints/popup/X.tsx',
      "import { loadCorpus } from '@/lib/corpus/load-corpus';",
    ],
    [
      'a lower layer of lib/ importing a higher one',
      'lib/text/x.ts',
      "import { x } from '../match/compare-sentences';",
    ],
  ])('report %s', async (_name, filePath, code) => {
    expect(await wallMessages(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['lib/ importing lib/ by a relative path', 'lib/match/x.ts', "import { terms } from '../text/terms';"],
    ['lib/ importing lib/ through the alias', 'lib/match/x.ts', "import { terms } from '@/lib/text/terms';"],
    [
      'lib/index.ts importing its own modules',
      'lib/index.ts',
      "import { compareText } from './match/compare-text';",
    ],
    ['lib/ importing a library', 'lib/match/x.ts', "import Fuse from 'fuse.js';"],
    [
      'a lib/ test building a Document with a Node helper',
      'lib/page/x.test.ts',
      "import { htmlDocument } from '../../scripts/html-document';",
    ],
    [
      'a component taking wording and lib/ types',
      'components/X.tsx',
      "import { t } from '@/wording/i18n';\nimport type { Match } from '@/lib';",
    ],
    ['a component importing a sibling', 'components/X.tsx', "import { ClaimCard } from './ClaimCard';"],
    [
      'the content script taking the light article check',
      'entrypoints/content/x.ts',
      "import { isArticlePage } from '@/lib/page/is-article-page';",
    ],
    [
      'the background taking wording, settings and the protocol',
      'entrypoints/background/x.ts',
      "import { t } from '@/wording/i18n';\nimport { loadSettings } from '@/settings/settings';\nimport type { Protocol } from '@/messaging/protocol';",
    ],
    [
      'the side panel importing components',
      'entrypoints/sidepanel/X.tsx',
      "import { ClaimCard } from '@/components/ClaimCard';",
    ],
    [
      'wording/ taking lib/ types',
      'wording/x.ts',
      "import type { Match } from '@/lib';\nimport { type ReportMeta } from '../lib';",
    ],
    [
      'wording/ reading the message files',
      'wording/x.ts',
      "import en from '@/public/_locales/en/messages.json';",
    ],
    [
      'wording/ importing itself',
      'wording/x.ts',
      "import { t } from './i18n';\nimport { plural } from '@/wording/i18n';",
    ],
    [
      'settings/ taking lib/ defaults and storage',
      'settings/x.ts',
      "import { DEFAULT_COMPARE_OPTIONS } from '@/lib/match/defaults';\nimport { storage } from '#imports';",
    ],
  ])('allow %s', async (_name, filePath, code) => {
    expect(await wallMessages(filePath, code)).toEqual([]);
  });
});
