import type { SentenceIndex } from './sentence-index';

/** A key of the page sentence as the index knows it. */
export interface QueryKey {
  key: string;
  termId: number | undefined;
  weight: number;
  isName: boolean;
}

/**
 * The corpus sentences worth scoring for one page sentence: those that share its heaviest keys.
 * Only the `queryKeys` heaviest keys are looked up, so a long sentence does not walk the postings
 * of its common words, and only the `limit` sentences sharing the most weight are returned.
 */
export function findCandidates(
  index: SentenceIndex,
  query: readonly QueryKey[],
  queryKeys: number,
  limit: number,
): number[] {
  const known = query.filter((q) => q.termId !== undefined);
  // Names alone never make a match, so they are looked up only beside words of the claim.
  const lookups = [...known].sort((a, b) => b.weight - a.weight).slice(0, queryKeys);
  if (!lookups.some((q) => !q.isName)) return [];
  const shared = new Map<number, number>();
  for (const q of lookups) {
    index.forEachSentence(q.termId!, (sentence) =>
      shared.set(sentence, (shared.get(sentence) ?? 0) + q.weight),
    );
  }
  return [...shared.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([sentence]) => sentence);
}
