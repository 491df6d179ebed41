import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib';
import { compareText } from '../lib';
import { splitSentences } from '../lib';
import { bundledCorpusJson } from '../scripts/bundled-corpus';
import { hostileTexts } from './hostile-text';

const corpus = loadCorpus(bundledCorpusJson());
const WORD = /[\p{L}\p{N}]/u;

// The engine the compare command runs, on seeded hostile text. The timeout is the freeze guard
// only (on the splitter before it read in one pass, inputs like these took seconds to minutes).
describe('the engine compares hostile text without error, empty sentences or freezing', () => {
  it.each(hostileTexts(20261127, 40, 20_000).map((text, i) => [i, text]))(
    'hostile text %i',
    (_i, text) => {
      const sentences = splitSentences(text);
      expect(sentences.filter((s) => !WORD.test(s))).toEqual([]);
      const result = compareText(corpus, text);
      expect(result.page.sentences).toBe(sentences.length);
      for (const match of result.matches) {
        expect(match.pageSentence).toMatch(WORD);
        expect(match.reportSentence).toMatch(WORD);
      }
    },
    10_000,
  );

  it('reads the first 200,000 characters of a longer text and says so', () => {
    const text = 'Petro said security forces had dismantled 18,400 laboratories. '.repeat(5000);
    const result = compareText(corpus, text);
    expect(result.page.truncated).toBe(true);
    expect(result.page.charsRead).toBeLessThanOrEqual(200_000);
    expect(result.page.charsRead).toBeGreaterThan(180_000);
    expect(compareText(corpus, text.slice(0, 1000)).page.truncated).toBeUndefined();
  }, 30_000);
});
