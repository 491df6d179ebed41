import { describe, expect, it } from 'vitest';
import { prepareCorpus, type RawReport } from '../corpus/prepare-corpus';
import { mergeCorpus } from '../sources/merge-corpus';
import { prepareSource } from '../sources/user-source';
import { profileOf } from '../lang';
import { analyzeSentences, isNameKey } from '../analysis/analyze-sentence';
import { REPORT_A, REPORT_B } from '../../tests/fixtures/test-corpus';
import { compareSentences } from './compare-sentences';
import { corpusWeights, type KeyWeights } from './key-weights';
import { scorePair } from './score-pair';
import { storyReports, storyWeights } from './story-weights';
import type { Corpus } from '../corpus/corpus';

// News on other subjects: what a reader's other collections or a large archive put beside the
// story's reports.
const OTHER_NEWS = [
  'The city council approved a new budget for public parks and libraries on Monday.',
  'Heavy rain flooded several streets in the harbour district overnight, the weather service said.',
  'The football club signed a young striker from a rival team for an undisclosed fee.',
  'Researchers found that regular exercise improves sleep among older adults.',
  'The airline cancelled dozens of flights after a strike by baggage handlers.',
  'A new museum exhibition shows paintings by artists from the northern provinces.',
  'Teachers protested outside the education ministry over pay and class sizes.',
  'The central bank kept interest rates unchanged for a third month.',
  // A figure and words the story's claims print too: a coincidence, not a version.
  'Customs officers seized 2,700 tons of counterfeit goods at the port, the largest haul in its history.',
];

function otherNews(count: number): RawReport[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `other-${i}.txt`,
    meta: { outlet: `Outlet ${i}` },
    text: [0, 1, 2, 3, 4].map((k) => OTHER_NEWS[(i + k * 3) % OTHER_NEWS.length]).join('\n'),
  }));
}

const PAGE = [
  'Colombian President Gustavo Petro asked Donald Trump to come and watch troops destroy cocaine laboratories.',
  'Petro said Colombia had seized 2,700 tons of cocaine, the largest amount in its history.',
  'Trump has said Petro is hostile toward the United States.',
  'The army carried out more than 1,400 ground operations against armed groups.',
];
const analyzed = analyzeSentences(PAGE, profileOf('en'));
const pageKeys = analyzed.flatMap((s) => s.keys);
const sizes = [0, 40, 400];
const story = prepareCorpus([REPORT_A, REPORT_B], []);
// The other news as a reader's collection beside the story's (issue 13's 1,000 unrelated sources).
const corpora = new Map<number, Corpus>(
  sizes.map((n) => [
    n,
    mergeCorpus(
      story,
      'bundled',
      otherNews(n).map((raw) => ({ source: prepareSource(raw, 'other'), collectionName: 'other' })),
    ),
  ]),
);

/** The score of a page sentence against a report sentence, with the given weights. */
function score(corpus: Corpus, page: number, report: string, sentence: string, weights: KeyWeights) {
  const { index } = corpus;
  const at = corpus.report(report)!.sentences.findIndex((s) => s.includes(sentence));
  const query = analyzed[page]!.keys.map((key) => {
    const termId = index.lookup(key);
    return { key, termId, weight: weights.key(key, termId), isName: isNameKey(key) };
  });
  return scorePair(index, query, corpus.sentenceId(report, at)!, new Map(), weights).score;
}

describe('weights within the story', () => {
  it.each([
    ['an invitation retold', 0, 'a.txt', 'invited US President Donald Trump'],
    ['a seizure and its figure', 1, 'b.txt', 'seizure of 2,700 tons'],
    ['a quotation', 2, 'b.txt', 'quite hostile'],
    ['operations counted', 3, 'a.txt', 'over 1,400 ground operations'],
    ['two claims sharing only the story', 1, 'a.txt', 'destroys 9 laboratories'],
  ])('%s scores the same beside 0, 40 or 400 reports on other news', (_name, page, report, sentence) => {
    const scores = sizes.map((n) => {
      const corpus = corpora.get(n)!;
      return score(corpus, page, report, sentence, storyWeights(corpus, pageKeys).weights);
    });
    expect(scores[1]).toBeCloseTo(scores[0]!, 10);
    expect(scores[2]).toBeCloseTo(scores[0]!, 10);
  });

  it.each([
    ['a story word', 'cocain'],
    ['a name', '@petro'],
    ['a word of one claim', 'hostil'],
  ])('%s weighs the same beside 0, 40 or 400 reports on other news', (_name, key) => {
    const weights = sizes.map((n) => {
      const corpus = corpora.get(n)!;
      return storyWeights(corpus, pageKeys).weights.key(key, corpus.index.lookup(key));
    });
    expect(weights[1]).toBeCloseTo(weights[0]!, 10);
    expect(weights[2]).toBeCloseTo(weights[0]!, 10);
  });

  it('counted over the whole corpus, the same pair drifts (the fault these weights mend)', () => {
    const [alone, beside] = [0, 400].map((n) =>
      score(corpora.get(n)!, 1, 'a.txt', 'destroys 9 laboratories', corpusWeights(corpora.get(n)!.index)),
    );
    expect(Math.abs(beside! - alone!)).toBeGreaterThan(0.01);
  });

  it('gives a page the same versions beside 400 reports on other news as alone', () => {
    const versions = (corpus: Corpus) =>
      compareSentences(corpus, PAGE).matches.map((m) => [m.report, m.reportSentence, m.relation, m.score]);
    expect(versions(corpora.get(400)!)).toEqual(versions(corpora.get(0)!));
  });
});

describe('storyReports', () => {
  const keysOf = (text: string) => analyzeSentences([text], profileOf('en')).flatMap((s) => s.keys);
  const found = (keys: string[]) => {
    const corpus = corpora.get(40)!;
    return storyReports(corpus, keys).map((r) => corpus.reports[r]!.id);
  };
  it.each([
    ['a page on the story meets its reports only', pageKeys, ['a.txt', 'b.txt'], false],
    [
      'a page on other news meets that news, not the story',
      keysOf('Floods closed the harbour district as the football club signed a striker.'),
      [],
      true,
    ],
    ['a page with no words tells no story', [], [], false],
  ])('%s', (_name, keys, storyIds, meetsOtherNews) => {
    const reports = found(keys);
    expect(reports.filter((id) => id === 'a.txt' || id === 'b.txt')).toEqual(storyIds);
    expect(reports.some((id) => id.startsWith('other-'))).toBe(meetsOtherNews);
  });

  it('keeps the corpus weights when the story is most of the corpus', () => {
    const corpus = corpora.get(0)!;
    const { weights } = storyWeights(corpus, pageKeys);
    const key = 'cocain';
    expect(weights.key(key, corpus.index.lookup(key))).toBe(
      corpusWeights(corpus.index).key(key, corpus.index.lookup(key)),
    );
  });
});
