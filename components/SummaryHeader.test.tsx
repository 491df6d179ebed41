// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { compareText, loadCorpus } from '@/lib';
import { bundledCorpusJson } from '@/scripts/bundled-corpus';
import { SummaryHeader } from './SummaryHeader';

// A very long article is read up to the engine's cap; the header says so, so that a claim further
// down that has no card is not taken for one the corpus lacks.

const corpus = loadCorpus(bundledCorpusJson());
const SENTENCE = 'Petro said security forces had dismantled 18,400 laboratories. ';

describe('the summary header of a long article', () => {
  afterEach(() => render(null, document.body));

  it.each([
    ['a text over the cap', SENTENCE.repeat(5000), true],
    ['an ordinary article', SENTENCE.repeat(20), false],
  ])('says whether the rest was read: %s', (_name, text, cut) => {
    const comparison = compareText(corpus, text);
    render(<SummaryHeader comparison={comparison} selfName={null} />, document.body);
    const note = document.querySelector('[data-truncated]');
    expect(note !== null).toBe(cut);
    if (cut) {
      expect(Number(note!.getAttribute('data-truncated'))).toBe(comparison.page.charsRead);
      expect(note!.textContent).toMatch(
        /^This article is long: Crosscheck read its first [\d,]+ characters, not the rest\.$/,
      );
    }
  });
});
