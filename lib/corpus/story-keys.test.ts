import { describe, expect, it } from 'vitest';
import { findStoryProfile, storyScore } from './story-keys';

const RANKS = new Map([
  ['said', 1],
  ['white', 40],
  ['hous', 60],
  ['presid', 900],
]);
const rankOf = (stem: string) => RANKS.get(stem);

const REPORTS = [
  ['@petro', '@trump', 'cocain', 'seizur', 'said', '@white', '#2700', 'laboratori'],
  ['@petro', '@trump', 'cocain', 'said', '@white', '#2700', 'hostil'],
  ['@petro', '@trump', 'seizur', 'presid', 'said', '#2700'],
  ['@petro', 'cocain', 'presid', 'sovereignti'],
];

describe('findStoryProfile', () => {
  const story = findStoryProfile(REPORTS, rankOf);

  it.each([
    ['a name every report prints', '@petro', 1],
    ['a name three reports of four print', '@trump', 0.75],
    ['an event word half the reports print', 'seizur', 0.5],
  ])('keeps %s with its share of reports', (_, key, share) => {
    expect(story.keys[key]).toBe(share);
  });

  it.each([
    ['a word one report prints', 'hostil'],
    ['a word among the commonest of English', 'said'],
    ['a name that is a common word', '@white'],
    ['a figure', '#2700'],
    ['a common word, however many reports print it', 'presid'],
  ])('leaves out %s', (_, key) => {
    expect(story.keys[key]).toBeUndefined();
  });

  it('sets the threshold at a share of the median report score', () => {
    const scores = REPORTS.map((r) => storyScore(story.keys, r)).sort((a, b) => a - b);
    expect(story.threshold).toBeCloseTo(scores[1]! * 0.42, 2);
  });

  it('leaves the gate open (threshold 0) for a corpus of many stories, which has no core', () => {
    const manyStories = [
      ['@petro', '@trump', 'cocain'],
      ['@petro', 'climat', 'amazon'],
      ['tariff', '@china', 'soybean'],
      ['tariff', 'harvest', 'coffe'],
      ['@arsenal', 'goal', 'harvest'],
    ];
    const story = findStoryProfile(manyStories, rankOf);
    expect(story.keys['@petro']).toBe(0.4);
    expect(story.threshold).toBe(0);
  });

  it('has no story and a zero threshold for an empty corpus', () => {
    expect(findStoryProfile([], rankOf)).toEqual({ keys: {}, threshold: 0 });
  });
});

describe('storyScore', () => {
  const keys = { '@petro': 1, '@trump': 0.75, seizur: 0.5 };

  it.each([
    ['the whole core', ['@petro', '@trump', 'seizur'], 1.81],
    ['a key printed twice, counted once', ['@petro', '@petro'], 1],
    ['the same president on another subject', ['@petro', 'climat', 'amazon'], 1],
    ['no story key', ['weather', 'frost'], 0],
    ['a word that is an object property', ['constructor', 'toString'], 0],
  ])('scores %s', (_, page, score) => {
    expect(storyScore(keys, page)).toBe(score);
  });
});
