import { PIVOT } from '../lang';
import { termOf } from './terms';

/** How many of the most frequent English stems are kept: rarer words all weigh in full. */
export const COMMON_STEMS = 10_000;

/**
 * The most frequent stems of English, most frequent first, from a word list ordered by frequency
 * (SUBTLEX-US, bundled at build time). The matcher uses a stem's place in this list as a prior on
 * how much it says about a claim: "country" and "following" are everywhere, "seizure" is not.
 */
export function commonStems(wordsByFrequency: readonly string[], limit = COMMON_STEMS): string[] {
  const seen = new Set<string>();
  for (const word of wordsByFrequency) {
    const lower = word.toLowerCase();
    if (!/^[a-z][a-z'-]*$/.test(lower)) continue;
    const stem = termOf(lower, PIVOT);
    if (stem) seen.add(stem);
    if (seen.size >= limit) break;
  }
  return [...seen];
}

/**
 * The prior weight of a stem from its frequency rank (1 = most frequent): about 0.15 for the
 * commonest words, rising with the logarithm of the rank (Zipf) to 1 for words rarer than the
 * ~30,000th. Measured on ../shared/eval: it lifts recall at equal precision (see DESIGN.md).
 */
export function commonnessPrior(rank: number | undefined): number {
  if (rank === undefined) return 1;
  return Math.max(0.15, Math.min(1, (Math.log10(rank) - 1.5) / 3));
}
