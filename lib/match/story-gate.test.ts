import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence } from '../analysis/analyze-sentence';
import { judgeStory, MIN_SENTENCES_TO_JUDGE } from './story-gate';

const STORY = {
  keys: { '@petro': 1, '@trump': 1, cocain: 1, seizur: 0.6, labor: 0.6, tension: 0.6 },
  threshold: 4,
};
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
      [sentence('@petro'), sentence('@trump'), sentence('cocain', 'labor', 'tension'), ...filler(2)],
      false,
    ],
    ['one of the story’s names only', [sentence('@petro'), ...filler(4)], true],
    [
      'a brief with the story’s core: two of its names and a word every report prints',
      [sentence('@petro', '@trump'), sentence('cocain'), ...filler(3)],
      false,
    ],
    [
      'a brief with the story’s names and none of its core words',
      [sentence('@petro', '@trump'), sentence('seizur'), ...filler(3)],
      true,
    ],
    [
      'a long page with the story’s core and little else',
      [sentence('@petro', '@trump'), sentence('cocain'), ...filler(10)],
      true,
    ],
    ['nothing of the story', filler(6), true],
    ['a passage too short to tell', [sentence('half'), sentence('#50')], false],
  ])('judges a page with %s', (_, sentences, offStory) => {
    expect(judgeStory(STORY, sentences).offStory).toBe(offStory);
  });

  it('counts the headline with the sentences: it states the story', () => {
    const body = [sentence('@petro', 'labor'), ...filler(12)];
    expect(judgeStory(STORY, body).offStory).toBe(true);
    expect(judgeStory(STORY, body, [sentence('@trump', 'cocain', 'seizur', 'tension')]).offStory).toBe(false);
  });

  it('counts the whole page, not the best sentence', () => {
    const spread = [sentence('@petro'), sentence('@trump'), ...filler(MIN_SENTENCES_TO_JUDGE)];
    expect(judgeStory(STORY, spread).score).toBe(2);
  });
});
