import type { Corpus } from '../corpus/corpus';
import { splitSentences } from '../text/split-sentences';
import { compareSentences, type PageInfo } from './compare-sentences';
import type { CompareOptions } from './defaults';
import type { Comparison } from './types';

/** Compares a text (an article, a selection) with the corpus: `compareSentences` on its sentences. */
export function compareText(
  corpus: Corpus,
  text: string,
  options: Partial<CompareOptions> = {},
  page: PageInfo = {},
): Comparison {
  return compareSentences(corpus, splitSentences(text), options, page);
}
