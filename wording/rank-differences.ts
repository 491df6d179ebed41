import type { Difference } from '@/lib';

// Which difference a reader must see first: the hover card and a version's first line show the
// strongest. Conflicting counts and rates, then conflicting statements (negation, direction, date),
// then scope and framing (scope, attribution, title, wording), then approximators ("1,446" / "over
// 1,446": the same number, qualified otherwise).

const STATEMENT = new Set(['negation', 'direction', 'date']);

/** The numbers a phrase prints, separators dropped ("1,446" and "1.446" are both 1446). */
function numbersOf(phrase: string): string[] {
  return [...phrase.matchAll(/\d[\d.,\s]*\d|\d/g)].map((m) => m[0].replace(/\D/g, '')).sort();
}

/** 0 is the strongest. */
export function differenceRank(difference: Difference): number {
  if (difference.aspect === 'figure') {
    const page = numbersOf(difference.page);
    const report = numbersOf(difference.report);
    const sameNumbers = page.length > 0 && page.join(' ') === report.join(' ');
    return sameNumbers ? 3 : 0;
  }
  return STATEMENT.has(difference.aspect) ? 1 : 2;
}

/** The differences strongest first; equals keep the engine's order. */
export function rankDifferences(differences: readonly Difference[]): Difference[] {
  return differences
    .map((difference, i) => ({ difference, i, rank: differenceRank(difference) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.difference);
}

/** The strongest difference among several versions' differences, or null. */
export function strongestDifference(lists: ReadonlyArray<readonly Difference[]>): Difference | null {
  return rankDifferences(lists.flat())[0] ?? null;
}
