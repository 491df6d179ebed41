import type { SentenceIndex } from './sentence-index';
import { FIGURE_WEIGHT, NAME_WEIGHT } from './defaults';
import { isFigureKey, isNameKey } from './analyze-sentence';
import { commonnessPrior } from '../text/common-stems';

/**
 * The weight of an index key: its inverse document frequency over corpus sentences, lowered for
 * names, raised for figures, and for words scaled by how common they are in English at large (a
 * corpus of a few reports cannot tell on its own that "country" says less than "seizure"). A key
 * the corpus has never seen weighs as a key seen once.
 */
export function keyWeight(index: SentenceIndex, key: string, termId: number | undefined): number {
  const df = termId === undefined ? 0 : index.documentFrequency(termId);
  const idf = Math.log(1 + (index.size + 1) / (df + 1));
  if (isNameKey(key)) return idf * NAME_WEIGHT;
  if (isFigureKey(key)) return idf * FIGURE_WEIGHT;
  return idf * commonnessPrior(index.commonRank(key));
}
