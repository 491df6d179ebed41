import type { Corpus } from '../corpus/corpus';
import type { SentenceIndex } from '../corpus/sentence-index';
import { tellsStory } from '../corpus/story-keys';
import { STORY_COVERAGE, STORY_SHARE_OF_CORPUS } from './defaults';
import { corpusWeights, idfWeight, inverseFrequency, type KeyWeights } from './key-weights';

/**
 * The weights a page's pairs are scored with, and the sentences they are retrieved from: rarity
 * counted among the sentences of the reports that tell the page's story, not among the whole corpus.
 * A key's weight says how much sharing it tells that two sentences of one story state one claim;
 * reports on other stories know nothing of that. Counted over the whole corpus, a thousand unrelated
 * reports make the story's own words ("cocaine", "Colombia") rare, as heavy as the words of one
 * claim, and pairs that share only the story pass the floor (DESIGN.md, "Weights within the story").
 * When the story's reports are most of the corpus (the bundled five), these are the corpus's own
 * weights and every report is in, unchanged. Otherwise a report that does not tell the page's story
 * gives it no version, as the story gate gives none from a collection on another story.
 */
export function storyWeights(corpus: Corpus, pageKeys: Iterable<string>): StoryScope {
  const { index } = corpus;
  const members = storyReports(corpus, pageKeys);
  let size = 0;
  for (const r of members) size += corpus.reports[r]!.sentences.length;
  if (size === 0 || size >= index.size * STORY_SHARE_OF_CORPUS) return wholeCorpus(corpus);
  const owner = reportsOfSentences(corpus);
  const inside = new Uint8Array(corpus.reports.length);
  for (const r of members) inside[r] = 1;
  const df = new Map<number, number>();
  for (const r of members) {
    const first = corpus.sentenceId(corpus.reports[r]!.id, 0)!;
    for (let s = first; s < first + corpus.reports[r]!.sentences.length; s++) {
      for (const t of index.sentenceTerms(s)) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  return { weights: localWeights(index, df, size), inStory: (sentence) => inside[owner(sentence)] === 1 };
}

/**
 * The weights of a page's pairs, and which corpus sentences are of reports that tell its story: only
 * those are retrieved and give versions.
 */
export interface StoryScope {
  weights: KeyWeights;
  inStory(sentence: number): boolean;
}

/** The whole corpus as the story: its own weights, every sentence in. */
export function wholeCorpus(corpus: Corpus): StoryScope {
  return { weights: corpusWeights(corpus.index), inStory: () => true };
}

/** Weights over `size` sentences whose keys' document frequencies are `df` (by term id). */
export function localWeights(
  index: SentenceIndex,
  df: ReadonlyMap<number, number>,
  size: number,
): KeyWeights {
  const keys = new Map<number, number>();
  const sentences = new Map<number, number>();
  const key = (k: string, termId: number | undefined): number => {
    if (termId === undefined) return idfWeight(k, 0, size, index.commonRank(k));
    let weight = keys.get(termId);
    if (weight === undefined) {
      weight = idfWeight(k, df.get(termId) ?? 0, size, index.commonRank(k));
      keys.set(termId, weight);
    }
    return weight;
  };
  return {
    key,
    sentence: (s) => {
      let weight = sentences.get(s);
      if (weight === undefined) {
        weight = 0;
        for (const t of index.sentenceTerms(s)) weight += key(index.term(t), t);
        sentences.set(s, weight);
      }
      return weight;
    },
  };
}

/**
 * The reports that tell the page's story: those that print at least `STORY_COVERAGE` of the page's
 * story words (names and words outside common English), each counted by its rarity in the corpus, so
 * that "Petro" and "laboratories" count for more than "minister". Report indexes, ascending.
 */
export function storyReports(corpus: Corpus, pageKeys: Iterable<string>): number[] {
  const { index } = corpus;
  const rank = (stem: string) => index.commonRank(stem);
  const reportOf = reportsOfSentences(corpus);
  const covered = new Float64Array(corpus.reports.length);
  const lastKey = new Int32Array(corpus.reports.length).fill(-1);
  let total = 0;
  for (const key of new Set(pageKeys)) {
    const termId = index.lookup(key);
    if (termId === undefined || !tellsStory(key, rank)) continue;
    const idf = inverseFrequency(index.documentFrequency(termId), index.size);
    total += idf;
    index.forEachSentence(termId, (s) => {
      const r = reportOf(s);
      if (lastKey[r] === termId) return;
      lastKey[r] = termId;
      covered[r]! += idf;
    });
  }
  const members: number[] = [];
  if (total > 0) covered.forEach((c, r) => c >= total * STORY_COVERAGE && members.push(r));
  return members;
}

// The report of each sentence id, flat: the coverage walk visits many postings, and `locate` is a search.
const owners = new WeakMap<Corpus, Uint32Array>();

function reportsOfSentences(corpus: Corpus): (sentence: number) => number {
  let owner = owners.get(corpus);
  if (!owner || owner.length !== corpus.index.size) {
    owner = new Uint32Array(corpus.index.size);
    corpus.reports.forEach((report, r) => {
      const first = corpus.sentenceId(report.id, 0)!;
      owner!.fill(r, first, first + report.sentences.length);
    });
    owners.set(corpus, owner);
  }
  const table = owner;
  return (sentence) => table[sentence]!;
}
