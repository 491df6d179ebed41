import type { SentenceIndex } from './sentence-index';

/** Postings this short are always walked: cheap, and rare keys are the best evidence. */
const RARE_POSTINGS = 64;

/** A key of the page sentence as the index knows it. */
export interface QueryKey {
  key: string;
  termId: number | undefined;
  weight: number;
  isName: boolean;
}

/**
 * The corpus sentences worth scoring for one page sentence: those that share its keys. Keys found
 * in few sentences are all looked up (their postings are short); of the common ones only the
 * `queryKeys` heaviest, so a long sentence never walks the postings of its everyday words. Only
 * the `limit` sentences sharing the most weight are returned.
 */
export function findCandidates(
  index: SentenceIndex,
  query: readonly QueryKey[],
  queryKeys: number,
  limit: number,
): number[] {
  const rareEnough = Math.max(RARE_POSTINGS, index.size * 0.001);
  const known = query.filter((q) => q.termId !== undefined);
  const rare = known.filter((q) => index.documentFrequency(q.termId!) <= rareEnough);
  const common = known
    .filter((q) => index.documentFrequency(q.termId!) > rareEnough)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, queryKeys);
  // Names alone never make a match, so they are looked up only beside words of the claim.
  const lookups = [...rare, ...common];
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
