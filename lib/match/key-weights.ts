import type { SentenceIndex } from '../corpus/sentence-index';
import { FIGURE_WEIGHT, NAME_WEIGHT } from './defaults';
import { isFigureKey, isNameKey } from '../analysis/analyze-sentence';
import { commonnessPrior } from '../text/common-stems';

/**
 * The weights a pair is scored with: a key's, and the summed weight of a corpus sentence's keys (the
 * candidate's side of the cosine). The corpus's own (`corpusWeights`), or those of the sentences that
 * tell the page's story (`storyWeights`, lib/match/story-weights.ts).
 */
export interface KeyWeights {
  key(key: string, termId: number | undefined): number;
  sentence(sentence: number): number;
}

/** Inverse document frequency: how rare a key is among `size` sentences of which `df` print it. */
export function inverseFrequency(df: number, size: number): number {
  return Math.log(1 + (size + 1) / (df + 1));
}

/**
 * The weight of a key among `size` sentences of which `df` print it: its inverse document frequency,
 * lowered for names, raised for figures, and for words scaled by how common they are in English at
 * large (a corpus of a few reports cannot tell on its own that "country" says less than "seizure").
 */
export function idfWeight(key: string, df: number, size: number, commonRank: number | undefined): number {
  const idf = inverseFrequency(df, size);
  if (isNameKey(key)) return idf * NAME_WEIGHT;
  if (isFigureKey(key)) return idf * FIGURE_WEIGHT;
  return idf * commonnessPrior(commonRank);
}

/**
 * The weight of an index key over all corpus sentences (`idfWeight`). A key the corpus has never
 * seen weighs as a key seen once.
 */
export function keyWeight(index: SentenceIndex, key: string, termId: number | undefined): number {
  if (termId === undefined) return idfWeight(key, 0, index.size, index.commonRank(key));
  const cache = cacheFor(index);
  let weight = cache.weights[termId];
  if (weight === undefined || Number.isNaN(weight)) {
    weight = idfWeight(key, index.documentFrequency(termId), index.size, index.commonRank(key));
    if (termId < cache.weights.length) cache.weights[termId] = weight;
  }
  return weight;
}

/** The summed weight of a corpus sentence's keys: the candidate's side of the cosine. */
export function sentenceWeight(index: SentenceIndex, sentence: number): number {
  const cache = cacheFor(index);
  let weight = cache.sentences[sentence];
  if (weight === undefined || Number.isNaN(weight)) {
    weight = 0;
    for (const t of index.sentenceTerms(sentence)) weight += keyWeight(index, index.term(t), t);
    cache.sentences[sentence] = weight;
  }
  return weight;
}

/** The corpus's own weights, over all its sentences. */
export function corpusWeights(index: SentenceIndex): KeyWeights {
  return {
    key: (key, termId) => keyWeight(index, key, termId),
    sentence: (sentence) => sentenceWeight(index, sentence),
  };
}

interface WeightCache {
  size: number;
  weights: Float64Array;
  sentences: Float64Array;
}

// Weights depend on the index's size and frequencies only: they are computed once per term and
// per sentence, and thrown away when a sentence is added (a user's report), which changes both.
const caches = new WeakMap<SentenceIndex, WeightCache>();

function cacheFor(index: SentenceIndex): WeightCache {
  let cache = caches.get(index);
  if (!cache || cache.size !== index.size || cache.weights.length < index.vocabularyList.length) {
    cache = {
      size: index.size,
      weights: new Float64Array(index.vocabularyList.length + 1024).fill(NaN),
      sentences: new Float64Array(index.size).fill(NaN),
    };
    caches.set(index, cache);
  }
  return cache;
}
