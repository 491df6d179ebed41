import { mayNegate } from '../match/claim-checks';
import type { PreparedReportJson, StoredFigure } from './corpus-format';

/**
 * Least Jaccard similarity of two sentences' index keys for them to state one claim. A retelling
 * that adds an opener ("On Monday, …") or an attribution ("…, officials said") to an 8-key sentence
 * keeps 0.8; two claims of one story that share a name and a figure but not their event stay far below.
 */
export const CLUSTER_JACCARD = 0.8;
/** Sentences with fewer keys say too little for their likeness to mean one claim ("He denied it."). */
const MIN_KEYS = 4;

interface Entry {
  /** Global sentence id: position over all reports' sentences, in order. */
  sentence: number;
  /** Key ids, ascending (for the overlap count). */
  keys: Uint32Array;
  /** Key ids, rarest first (for the prefix filter). */
  byRarity: Uint32Array;
  /** Every figure the sentence prints, as one string: sentences whose figures differ are other claims. */
  figures: string;
  text: string;
}

/**
 * Links the corpus sentences that state one claim: near-identical retellings (the same keys, at
 * Jaccard ≥ `threshold`, the same figures, both negated or neither). Returns the clusters of two or
 * more sentences, each as ascending global sentence ids (positions over all reports' sentences).
 *
 * Not a comparison of all pairs: a sentence is compared only with the clusters' first members
 * (leaders) that share one of its rarest keys. Two key sets at Jaccard ≥ t must share a key among
 * the first |x| − ⌈t·|x|⌉ + 1 of each, in one global order (the prefix filter of all-pairs
 * similarity search), so only those keys of a leader are indexed, and their lists stay short.
 * Every member is within `threshold` of its leader, so clusters do not drift by chaining.
 */
export function findClaimClusters(
  reports: readonly PreparedReportJson[],
  threshold = CLUSTER_JACCARD,
): number[][] {
  const entries = readEntries(reports);
  const leaders = new Map<number, number[]>();
  const clusterOf = new Int32Array(entries.length).fill(-1);
  const clusters: number[][] = [];
  const checked = new Int32Array(entries.length).fill(-1);
  entries.forEach((entry, e) => {
    let best = -1;
    let bestSimilarity = threshold;
    for (const key of prefix(entry.byRarity, threshold)) {
      for (const l of leaders.get(key) ?? []) {
        if (checked[l] === e) continue;
        checked[l] = e;
        const similarity = likeness(entry, entries[l]!, threshold);
        if (similarity >= bestSimilarity) [best, bestSimilarity] = [l, similarity];
      }
    }
    if (best < 0) {
      for (const key of prefix(entry.byRarity, threshold)) {
        const list = leaders.get(key);
        if (list) list.push(e);
        else leaders.set(key, [e]);
      }
      return;
    }
    if (clusterOf[best] === -1) clusterOf[best] = clusters.push([entries[best]!.sentence]) - 1;
    clusterOf[e] = clusterOf[best]!;
    clusters[clusterOf[best]!]!.push(entry.sentence);
  });
  return clusters;
}

function readEntries(reports: readonly PreparedReportJson[]): Entry[] {
  let keyCount = 0;
  for (const report of reports)
    for (const keys of report.keys) for (const k of keys) keyCount = Math.max(keyCount, k + 1);
  const frequency = new Uint32Array(keyCount);
  for (const report of reports) for (const keys of report.keys) for (const k of keys) frequency[k]!++;
  const entries: Entry[] = [];
  let sentence = 0;
  for (const report of reports) {
    report.keys.forEach((ids, i) => {
      const keys = Uint32Array.from(new Set(ids)).sort();
      if (keys.length >= MIN_KEYS) {
        const byRarity = keys.slice().sort((a, b) => frequency[a]! - frequency[b]! || a - b);
        entries.push({
          sentence: sentence + i,
          keys,
          byRarity,
          figures: figureSignature(report.figures[i] ?? null),
          text: report.sentences[i]!,
        });
      }
    });
    sentence += report.sentences.length;
  }
  return entries;
}

/** The keys that any set at Jaccard ≥ t with this one must share one of. */
function prefix(byRarity: Uint32Array, threshold: number): Uint32Array {
  const n = byRarity.length;
  return byRarity.subarray(0, n - Math.ceil(threshold * n - 1e-9) + 1);
}

/** The Jaccard similarity of two entries' keys when they may state one claim, else 0. */
function likeness(a: Entry, b: Entry, threshold: number): number {
  const [small, large] = a.keys.length <= b.keys.length ? [a.keys, b.keys] : [b.keys, a.keys];
  if (small.length < threshold * large.length) return 0;
  if (a.figures !== b.figures) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < small.length && j < large.length;) {
    if (small[i] === large[j]) {
      shared++;
      i++;
      j++;
    } else if (small[i]! < large[j]!) i++;
    else j++;
  }
  const similarity = shared / (small.length + large.length - shared);
  // "Not" is no key: a claim and its denial share every key.
  return similarity >= threshold && mayNegate(a.text) === mayNegate(b.text) ? similarity : 0;
}

// Small numbers and dates have no key ("12 bombings", "in September"), so the figures themselves
// are compared: any difference of value, range, unit or kind makes another claim.
function figureSignature(figures: readonly StoredFigure[] | null): string {
  if (!figures) return '';
  return figures
    .map(
      (f) => `${f.kind}:${f.value}:${f.altValue ?? ''}:${f.low}:${f.high}:${f.unit ?? ''}:${f.scope ?? ''}`,
    )
    .sort()
    .join('|');
}
