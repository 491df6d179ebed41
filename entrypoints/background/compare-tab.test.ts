import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib';
import { readPage } from '@/scripts/read-page';
import { bundledCorpusJson } from '@/scripts/bundled-corpus';
import { DEFAULT_SETTINGS } from '@/settings/site-rules';
import { compareChecked, compareSelectionText } from './compare-tab';

// A page about another story gets no version; the same text selected by a fact-checker is compared.

const corpus = createEngine(bundledCorpusJson());
const page = readPage('tests/fixtures/other-stories/ecuador-port-seizure.en.html');

describe('the story gate in the background', () => {
  it.each([
    [
      'as the page',
      () => compareChecked(corpus, page.text, DEFAULT_SETTINGS, { url: null, title: page.title }),
      false,
    ],
    ['as a selection', () => compareSelectionText(corpus, page.text, DEFAULT_SETTINGS, null), true],
  ])('compares a page about a port seizure in Ecuador %s', (_, run, compared) => {
    const { comparison } = run();
    expect(comparison.page.offStory).toBe(true);
    expect(comparison.matches.length > 0).toBe(compared);
  });
});
