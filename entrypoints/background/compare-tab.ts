import type { Corpus } from '@/lib/corpus/load-corpus';
import { compareSentences } from '@/lib/match/compare-sentences';
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/match/defaults';
import type { Comparison } from '@/lib/match/types';
import { NO_DECISIONS, type Decisions } from '@/lib/match/possible-versions';
import { splitSentences } from '@/lib/text/split-sentences';
import type { Checked } from '@/messaging/protocol';
import type { Settings } from '@/messaging/settings';

// Page and selection go through the same engine with the same defaults as `npm run compare`; the
// reader's settings only choose whether related versions are kept, and their decisions on pairs
// which possible versions are confirmed or gone.

/** What a page sends is untrusted: its size is bounded. */
export const MAX_SELECTION_LENGTH = 100_000;

export function compareChecked(
  corpus: Corpus,
  text: string,
  settings: Settings,
  page: { url: string | null; title: string | null },
  decisions: Decisions = NO_DECISIONS,
): Checked {
  const options = { ...DEFAULT_COMPARE_OPTIONS, includeRelated: settings.includeRelated, decisions };
  // splitSentences + compareSentences is compareText, kept apart to show unmatched sentences too.
  const sentences = splitSentences(text);
  const comparison: Comparison = compareSentences(corpus, sentences, options, page);
  return { sentences, comparison };
}

export function compareSelectionText(
  corpus: Corpus,
  text: string,
  settings: Settings,
  url: string | null,
  decisions: Decisions = NO_DECISIONS,
) {
  const clipped = text.slice(0, MAX_SELECTION_LENGTH);
  return {
    text: clipped,
    ...compareChecked(corpus, clipped, settings, { url, title: null }, decisions),
  };
}
