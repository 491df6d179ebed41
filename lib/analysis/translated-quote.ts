import type { LanguageProfile } from '../lang';
import { foldCase } from '../text/normalize';
import { termOf } from '../text/terms';
import { quotationsOf } from './quotations';

/**
 * A quotation printed in one language and translated in the other: “a Great Honor” and "un gran
 * honor". Surface words cannot meet across languages, so both quotations are read as pivot terms
 * (the lexicon maps Spanish words onto English ones) and one must run inside the other. Two terms
 * at least, or the very same single word quoted on both sides: one translated word inside a longer
 * quotation is too weak to stand for a shared quotation.
 */
export function findTranslatedQuote(
  page: string,
  pageLanguage: LanguageProfile,
  report: string,
  reportLanguage: LanguageProfile,
): string | null {
  if (pageLanguage === reportLanguage) return null;
  const reportQuotes = quotationsOf(report).map((q) => termsOf(q.text, reportLanguage));
  if (reportQuotes.length === 0) return null;
  for (const { text: quote } of quotationsOf(page)) {
    const pageTerms = termsOf(quote, pageLanguage);
    for (const reportTerms of reportQuotes) {
      const [short, long] =
        pageTerms.length <= reportTerms.length ? [pageTerms, reportTerms] : [reportTerms, pageTerms];
      // Two terms that run inside the other quotation; or one and the same word quoted on both
      // sides, as reporters put a single word in quotation marks ("la próxima" / “next”).
      const same = short.length === long.length && runsInside(short, long);
      if ((short.length >= 2 && runsInside(short, long)) || (short.length === 1 && same)) return quote;
    }
  }
  return null;
}

function termsOf(quote: string, profile: LanguageProfile): string[] {
  const terms: string[] = [];
  for (const [word] of quote.matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = termOf(foldCase(word), profile);
    if (term) terms.push(term);
  }
  return terms;
}

function runsInside(short: readonly string[], long: readonly string[]): boolean {
  for (let start = 0; start + short.length <= long.length; start++) {
    if (short.every((term, i) => long[start + i] === term)) return true;
  }
  return false;
}
