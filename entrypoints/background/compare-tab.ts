import { DEFAULT_COMPARE_OPTIONS, NO_DECISIONS, type Decisions, type Engine } from '@/lib';
import type { Checked } from '@/messaging/protocol';
import type { Settings } from '@/settings/settings';

// Page and selection go through the same engine with the same defaults as `npm run compare`; the
// reader's settings only choose whether related versions are kept, and their decisions on pairs
// which possible versions are confirmed or gone.

/** What a page sends is untrusted: its size is bounded. */
export const MAX_SELECTION_LENGTH = 100_000;

export function compareChecked(
  corpus: Engine,
  text: string,
  settings: Settings,
  page: { url: string | null; title: string | null },
  storyGate = true,
  decisions: Decisions = NO_DECISIONS,
): Checked {
  const options = {
    ...DEFAULT_COMPARE_OPTIONS,
    includeRelated: settings.includeRelated,
    storyGate,
    decisions,
  };
  // The result carries the page's sentences, so the panel can show unmatched ones too.
  return corpus.compare(text, page, options);
}

export function compareSelectionText(
  corpus: Engine,
  text: string,
  settings: Settings,
  url: string | null,
  decisions: Decisions = NO_DECISIONS,
) {
  const clipped = text.slice(0, MAX_SELECTION_LENGTH);
  return {
    text: clipped,
    // A fact-checker's own selection is compared even on a page about another story; the panel says so.
    ...compareChecked(corpus, clipped, settings, { url, title: null }, false, decisions),
  };
}
