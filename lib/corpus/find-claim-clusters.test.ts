import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load-corpus';
import { prepareCorpus, type RawReport } from './prepare-corpus';

// A report of the story: a headline (which tells the names), a line of its own, and the sentence under
// test. Sentence ids run over all reports: the sentence under test of report i is 2i + 1.
const report = (id: string, sentence: string): RawReport => ({
  id,
  text: `Report on Trump and Petro in Colombia\n\nThe ${id} desk filed this from the capital.\n\n${sentence}`,
});
const clustersOf = (a: string, b: string) =>
  prepareCorpus([report('first', a), report('second', b)]).claimClusters ?? [];

describe('findClaimClusters', () => {
  it.each([
    [
      'a retelling word for word',
      'Colombia has seized 2,700 tons of cocaine to date, the defence ministry said.',
      'Colombia has seized 2,700 tons of cocaine to date, the defence ministry said.',
    ],
    [
      'a retelling with an opener',
      'Petro said the security forces had destroyed 18,400 cocaine laboratories since he took office.',
      'On Monday, Petro said the security forces had destroyed 18,400 cocaine laboratories since he took office.',
    ],
    [
      'a retelling with an attribution added',
      'The suspects face charges of drug trafficking, extortion and illegal possession of weapons.',
      'The suspects face charges of drug trafficking, extortion and illegal possession of weapons, officials said.',
    ],
    [
      'a retelling with one word changed',
      'The US Drug Enforcement Administration said 84 percent of the cocaine seized in 2024 came from Colombia.',
      'The US Drug Enforcement Administration reported 84 percent of the cocaine seized in 2024 came from Colombia.',
    ],
  ])('links %s', (_name, a, b) => {
    expect(clustersOf(a, b)).toEqual([[1, 3]]);
  });

  it.each([
    [
      'two claims of one story that share names and a figure',
      'Petro said the security forces had destroyed 18,400 cocaine laboratories since he took office.',
      'Petro invited Trump to watch the destruction of some of the 18,400 laboratories in Colombia.',
    ],
    [
      'the same words with another figure',
      'Colombia has seized 2,700 tons of cocaine to date, the defence ministry said.',
      'Colombia has seized 2,500 tons of cocaine to date, the defence ministry said.',
    ],
    [
      'the same words with another small figure',
      'The air force conducted 13 bombing raids against the leaders of armed groups.',
      'The air force conducted 12 bombing raids against the leaders of armed groups.',
    ],
    [
      'the same figure in another scope',
      'Petro said Colombia had seized 2,700 tons of cocaine in a single operation.',
      'Petro said Colombia had seized 2,700 tons of cocaine to date.',
    ],
    [
      'a claim and its denial',
      'The ministry confirmed that the army had bombed the camp near the border.',
      'The ministry denied that the army had bombed the camp near the border.',
    ],
    ['sentences too short to tell', 'Petro denied the report.', 'Petro denied the report.'],
  ])('keeps apart %s', (_name, a, b) => {
    expect(clustersOf(a, b)).toEqual([]);
  });

  it('puts every retelling of a claim in one cluster, and another claim in its own', () => {
    const reports = [
      'Trump accused Petro of being hostile towards the United States.',
      'Colombia remains the largest producer of cocaine in the world.',
      'Trump accused Petro of being hostile towards the United States.',
      'In a statement, Trump accused Petro of being hostile towards the United States.',
      'Colombia remains the largest producer of cocaine in the world.',
    ].map((sentence, i) => report(`r${i}`, sentence));
    expect(prepareCorpus(reports).claimClusters).toEqual([
      [1, 5, 7],
      [3, 9],
    ]);
  });

  it('is kept by the loaded corpus, which names each sentence its cluster', () => {
    const same = 'Colombia has seized 2,700 tons of cocaine to date, the defence ministry said.';
    const corpus = loadCorpus(prepareCorpus([report('first', same), report('second', same)]));
    expect([1, 3, 0].map((s) => corpus.clusters.clusterOf(s))).toEqual([0, 0, -1]);
    expect([...corpus.clusters.membersOf(0)]).toEqual([1, 3]);
  });

  it.each([
    ['a sentence id out of range', [[2, 99]], 'bad sentence id 99'],
    [
      'a sentence in two clusters',
      [
        [1, 2],
        [2, 5],
      ],
      'sentence 2 is in another cluster',
    ],
    ['a cluster of one', [[2]], 'two sentences at least'],
  ])('refuses a prepared file with %s', (_name, claimClusters, message) => {
    const prepared = prepareCorpus([report('first', 'One line here.'), report('second', 'Another.')]);
    expect(() => loadCorpus({ ...prepared, claimClusters })).toThrow(message);
  });

  it('loads a file prepared before clusters existed', () => {
    const { claimClusters: _none, ...older } = prepareCorpus([report('first', 'One line here.')]);
    expect(loadCorpus(older).clusters.count).toBe(0);
  });
});
