import type { LanguageProfile } from '../lang';
import { sentenceTerms } from '../text/terms';
import type { AnalyzedSentence } from '../analysis/analyze-sentence';
import type { SharedEvidence } from './types';

/**
 * The words and names two matched sentences share, as the page prints them, for "why this match".
 * Keys matched only fuzzily (cognates, spelling variants) are shown too: they are evidence as well.
 */
export function sharedEvidence(
  page: AnalyzedSentence,
  sharedKeys: readonly string[],
): Omit<SharedEvidence, 'figures'> {
  const keys = new Set(sharedKeys);
  const words = new Set<string>();
  const names = new Set<string>();
  const termKeys = keysOfTerms(page);
  page.terms.forEach((t, i) => {
    if (keys.has(termKeys[i]!)) (t.isName ? names : words).add(t.surface);
  });
  return { words: [...words], names: [...names] };
}

// Each page sentence's terms as keys (`@name`, `stem`), made once for all the pairs it is in.
const termKeys = new WeakMap<AnalyzedSentence, string[]>();
function keysOfTerms(page: AnalyzedSentence): string[] {
  let keys = termKeys.get(page);
  if (!keys) {
    keys = page.terms.map((t) => (t.isName ? `@${t.term}` : t.term));
    termKeys.set(page, keys);
  }
  return keys;
}

/**
 * The words of a report sentence that it shares with the page, as the report prints them: the
 * checks for negation look for them in the report ("negó" on a Spanish page is "denied" there).
 */
export function reportSharedWords(
  report: string,
  profile: LanguageProfile,
  sharedKeys: readonly string[],
): string[] {
  const keys = new Set(sharedKeys);
  const words = new Set<string>();
  for (const t of sentenceTerms(report, profile)) if (!t.isName && keys.has(t.term)) words.add(t.surface);
  return [...words];
}
