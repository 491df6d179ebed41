import type { Corpus } from '@/lib/corpus/load-corpus';
import { compareSentences } from '@/lib/match/compare-sentences';
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/match/defaults';
import type { Comparison } from '@/lib/match/types';
import { splitSentences } from '@/lib/text/split-sentences';
import type { Checked } from '@/messaging/protocol';
import type { Settings } from '@/messaging/settings';

// Page and selection go through the same engine with the same defaults as `npm run compare`; the
// reader's settings only choose whether related versions are kept.

/** What a page sends is untrusted: bound its size and keep only strings. */
export const MAX_SENTENCES = 3000;
export const MAX_SENTENCE_LENGTH = 4000;
export const MAX_SELECTION_LENGTH = 100_000;

export function cleanSentences(input: unknown): string[] {
  if (!Array.isArray(input)) throw new Error('Crosscheck: the page sent no sentence list.');
  return input
    .slice(0, MAX_SENTENCES)
    .filter((s): s is string => typeof s === 'string')
    .map((s) => s.slice(0, MAX_SENTENCE_LENGTH));
}

export function compareChecked(
  corpus: Corpus,
  sentences: string[],
  settings: Settings,
  page: { url: string | null; title: string | null },
): Checked {
  const options = { ...DEFAULT_COMPARE_OPTIONS, includeRelated: settings.includeRelated };
  const comparison: Comparison = compareSentences(corpus, sentences, options, page);
  return { sentences, comparison };
}

export function compareSelectionText(corpus: Corpus, text: string, settings: Settings, url: string | null) {
  const clipped = text.slice(0, MAX_SELECTION_LENGTH);
  return {
    text: clipped,
    ...compareChecked(corpus, splitSentences(clipped), settings, { url, title: null }),
  };
}
