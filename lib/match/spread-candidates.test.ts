import { describe, expect, it } from 'vitest';
import { ClaimClusters } from '../corpus/claim-clusters';
import { CandidateQueue, spreadCandidates, type CandidateGroups } from './spread-candidates';

// Sentences 0–2 retell one claim, 3–4 another; 5–8 state claims of their own. Sentence s is in report ⌊s/2⌋,
// except 6–8, all three in report 9.
const clusters = new ClaimClusters(
  [
    [0, 1, 2],
    [3, 4],
  ],
  10,
);
const groups: CandidateGroups = {
  clusterOf: (s) => clusters.clusterOf(s),
  reportOf: (s) => (s >= 6 ? 9 : Math.floor(s / 2)),
};

describe('spreadCandidates', () => {
  it.each([
    ['takes one retelling per claim first', [0, 1, 2, 3, 4, 5], 3, 3, [0, 3, 5]],
    [
      'fills what budget is left with the other retellings, in rank order',
      [0, 1, 2, 3, 4, 5],
      5,
      3,
      [0, 3, 5, 1, 2],
    ],
    ['keeps the rank order where no claim repeats', [5, 6, 7, 8], 3, 3, [5, 6, 7]],
    ['takes few sentences of one report first', [6, 7, 8, 5], 3, 2, [6, 7, 5]],
    ['returns fewer when fewer are ranked', [2, 0], 5, 3, [2, 0]],
    ['returns nothing for nothing ranked', [], 5, 3, []],
  ])('%s', (_name, ranked, limit, perReport, expected) => {
    expect(spreadCandidates(ranked, limit, groups, perReport)).toEqual(expected);
  });
});

describe('CandidateQueue', () => {
  it.each([
    ['queues the other retellings of a matched claim', [0, 5], [0], 10, [0, 5, 1, 2]],
    ['queues each sentence once', [0, 1, 3], [0, 1, 3], 10, [0, 1, 3, 2, 4]],
    ['adds no more than its room', [0, 3], [0, 3], 1, [0, 3, 1]],
    ['adds nothing for a claim no other sentence states', [5, 6], [5, 6], 10, [5, 6]],
    ['adds nothing when nothing matched', [0, 3], [], 10, [0, 3]],
  ])('%s', (_name, candidates, matched, room, expected) => {
    const queue = new CandidateQueue(candidates, clusters, room);
    for (const candidate of matched) queue.matched(candidate);
    expect(queue.order).toEqual(expected);
  });

  it('visits the members queued while it is iterated', () => {
    const queue = new CandidateQueue([5, 3], clusters, 10);
    const visited: number[] = [];
    for (const candidate of queue.order) {
      visited.push(candidate);
      queue.matched(candidate);
    }
    expect(visited).toEqual([5, 3, 4]);
  });
});
