import { CLUSTER_JACCARD } from '../corpus/find-claim-clusters';

/**
 * Groups sentences worded alike, whatever their figures: the words of each (sorted, figures left out,
 * names and words as one) at Jaccard ≥ `threshold` with the family's first, best-ranked sentence.
 * "Colombia has seized 2,500 tons…" and "…2,900 tons…" are two claims (two claim clusters) but one
 * wording: a template of one wire story, which should not fill a panel with its variants.
 * Returns each sentence's family, numbered from 0 in order of first appearance.
 */
export function wordingFamilies(
  wordings: readonly (readonly string[])[],
  threshold = CLUSTER_JACCARD,
): number[] {
  const leaders: number[] = [];
  return wordings.map((words, i) => {
    const family = leaders.findIndex((l) => jaccard(wordings[l]!, words) >= threshold);
    if (family >= 0) return family;
    return leaders.push(i) - 1;
  });
}

/** The Jaccard similarity of two sorted lists of distinct words. */
function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** A sentence's words as `wordingFamilies` compares them: figure keys left out, "@petro" read as "petro". */
export function wordingOf(keys: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const key of keys) if (!key.startsWith('#')) words.add(key.startsWith('@') ? key.slice(1) : key);
  return [...words].sort();
}
