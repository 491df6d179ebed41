import type { Corpus } from '../corpus/corpus';
import { splitSentences } from '../text/split-sentences';
import { clipText } from './clip-text';
import { compareSentences, type PageInfo } from './compare-sentences';
import type { CompareOptions } from './defaults';
import type { Comparison } from './types';

/**
 * Compares a text (an article, a selection) with the corpus: `compareSentences` on its sentences.
 * Only the first MAX_ANALYSED_CHARS are read; `page.truncated` says when the rest was not.
 */
export function compareText(
  corpus: Corpus,
  text: string,
  options: Partial<CompareOptions> = {},
  page: PageInfo = {},
): Comparison {
  const read = clipText(text);
  const comparison = compareSentences(corpus, splitSentences(read.text), options, page);
  return withReadLength(comparison, read);
}

/** The comparison with how much of the text was read, when not all of it was. */
export function withReadLength(
  comparison: Comparison,
  read: { truncated: boolean; charsRead: number },
): Comparison {
  if (!read.truncated) return comparison;
  return { ...comparison, page: { ...comparison.page, truncated: true, charsRead: read.charsRead } };
}
