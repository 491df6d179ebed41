import { describe, expect, it } from 'vitest';
import { ClaimClusters } from '../corpus/claim-clusters';
import type { CandidateGroups } from './spread-candidates';
import { storyFirst } from './story-first';

// Sentences 0–5 are of the story's two reports (0–2 in report 0, 3–5 in report 1); 10–19 are of ten
// reports on other news, one sentence each. No claim clusters.
const clusters = new ClaimClusters([], 20);
const groups: CandidateGroups = {
  clusterOf: (s) => clusters.clusterOf(s),
  reportOf: (s) => (s < 3 ? 0 : s < 6 ? 1 : s),
};
const inStory = (s: number) => s < 6;

describe('storyFirst', () => {
  it.each([
    [
      "takes a story report's third sentence before other news outranking it",
      [10, 11, 0, 1, 12, 2, 13],
      4,
      2,
      [0, 1, 2, 10],
    ],
    ['fills what the story leaves with other news, spread over reports', [0, 10, 11, 12], 3, 1, [0, 10, 11]],
    ['keeps the rank order when every sentence is the story', [4, 0, 1, 3], 3, 2, [4, 0, 1]],
    ['takes other news alone when the story has nothing ranked', [12, 10], 5, 3, [12, 10]],
    ['returns nothing for nothing ranked', [], 5, 3, []],
  ])('%s', (_name, ranked, limit, perReport, expected) => {
    expect(storyFirst(ranked, limit, groups, perReport, inStory)).toEqual(expected);
  });
});
