import { isNameKey } from '../analysis/analyze-sentence';
import { FUZZY_WEIGHT } from './defaults';
import { corpusWeights, type KeyWeights } from './key-weights';
import type { QueryKey } from './find-candidates';
import type { SentenceIndex } from '../corpus/sentence-index';
import { TermMarks } from '../analysis/term-marks';

const candidateTerms = new TermMarks();

/** How similar a corpus sentence is to the page sentence, and on what evidence. */
export interface PairScore {
  /** Cosine of the two sentences' weighted key sets, 0..1. */
  score: number;
  /** Weight of the shared keys that are not names. */
  contentWeight: number;
  /** The page keys found in the corpus sentence, exactly or (`fuzzy`) nearly. */
  sharedKeys: string[];
}

/**
 * Scores a candidate against the page sentence: the weight both share over the geometric mean of
 * their weights, with fuzzily matched words (cognates, spelling variants) at a discount. The page's
 * keys carry their weights in `query`; `weights` gives the candidate's, from the same counts.
 */
export function scorePair(
  index: SentenceIndex,
  query: readonly QueryKey[],
  candidate: number,
  fuzzy: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
  weights: KeyWeights = corpusWeights(index),
): PairScore {
  candidateTerms.clear();
  const all = index.allSentenceTerms;
  for (let k = index.termsStart(candidate), end = index.termsStart(candidate + 1); k < end; k++)
    candidateTerms.add(all[k]!);
  const candidateWeight = weights.sentence(candidate);
  let pageWeight = 0;
  let shared = 0;
  let contentWeight = 0;
  const sharedKeys: string[] = [];
  for (const q of query) {
    pageWeight += q.weight;
    const exact = q.termId !== undefined && candidateTerms.has(q.termId);
    const near = !exact && hasAny(candidateTerms, fuzzy.get(q.key));
    const share = exact ? 1 : near ? FUZZY_WEIGHT : 0;
    if (share === 0) continue;
    // A shared key weighs as much on the candidate's side; fuzzy ones only on the page's.
    shared += q.weight * share;
    if (!isNameKey(q.key)) contentWeight += q.weight * share;
    sharedKeys.push(q.key);
  }
  const score = pageWeight && candidateWeight ? shared / Math.sqrt(pageWeight * candidateWeight) : 0;
  return { score: Math.min(1, score), contentWeight, sharedKeys };
}

function hasAny(marks: TermMarks, terms: ReadonlySet<number> | undefined): boolean {
  if (terms) for (const t of terms) if (marks.has(t)) return true;
  return false;
}
