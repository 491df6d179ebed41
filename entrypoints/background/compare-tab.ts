import type { Corpus } from '@/lib/corpus/load-corpus';
import { clipText } from '@/lib/match/clip-text';
import { compareSentences } from '@/lib/match/compare-sentences';
import { withReadLength } from '@/lib/match/compare-text';
import { DEFAULT_COMPARE_OPTIONS } from '@/lib/match/defaults';
import type { Comparison } from '@/lib/match/types';
import { splitSentences } from '@/lib/text/split-sentences';
import type { Checked } from '@/messaging/protocol';
import type { Settings } from '@/settings/settings';

// Page and selection go through the same engine with the same defaults as `npm run compare`; the
// reader's settings only choose whether related versions are kept.

/** What a page sends is untrusted: its size is bounded. */
export const MAX_SELECTION_LENGTH = 100_000;

export function compareChecked(
  corpus: Corpus,
  text: string,
  settings: Settings,
  page: { url: string | null; title: string | null },
  storyGate = true,
): Checked {
  const options = { ...DEFAULT_COMPARE_OPTIONS, includeRelated: settings.includeRelated, storyGate };
  // splitSentences + compareSentences is compareText, kept apart to show unmatched sentences too.
  const read = clipText(text);
  const sentences = splitSentences(read.text);
  const comparison: Comparison = withReadLength(compareSentences(corpus, sentences, options, page), read);
  return { sentences, comparison };
}

export function compareSelectionText(corpus: Corpus, text: string, settings: Settings, url: string | null) {
  const clipped = text.slice(0, MAX_SELECTION_LENGTH);
  return {
    text: clipped,
    // A fact-checker's own selection is compared even on a page about another story; the panel says so.
    ...compareChecked(corpus, clipped, settings, { url, title: null }, false),
  };
}
