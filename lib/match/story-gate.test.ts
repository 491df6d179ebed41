import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence } from '../analysis/analyze-sentence';
import { judgeStory, MIN_SENTENCES_TO_JUDGE } from './story-gate';

const STORY = { keys: { '@petro': 1, '@trump': 1, cocain: 0.8, seizur: 0.6 }, threshold: 2 };
const sentence = (...keys: string[]): AnalyzedSentence => ({
  text: keys.join(' '),
  terms: [],
  figures: [],
  keys,
});
const filler = (n: number) => Array.from({ length: n }, () => sentence('weather'));

describe('judgeStory', () => {
  it.each([
    [
      'names and events spread over the page',
      [sentence('@petro'), sentence('@trump'), sentence('cocain'), ...filler(2)],
      false,
    ],
    ['one of the story’s names only', [sentence('@petro'), ...filler(4)], true],
    ['nothing of the story', filler(6), true],
    ['a passage too short to tell', [sentence('half'), sentence('#50')], false],
  ])('judges a page with %s', (_, sentences, offStory) => {
    expect(judgeStory(STORY, sentences).offStory).toBe(offStory);
  });

  it('counts the headline with the sentences: it states the story', () => {
    const body = [sentence('@petro'), ...filler(4)];
    expect(judgeStory(STORY, body, [sentence('@trump', 'cocain')]).offStory).toBe(false);
  });

  it('counts the whole page, not the best sentence', () => {
    const spread = [sentence('@petro'), sentence('@trump'), ...filler(MIN_SENTENCES_TO_JUDGE)];
    expect(judgeStory(STORY, spread).score).toBe(2);
  });
});
