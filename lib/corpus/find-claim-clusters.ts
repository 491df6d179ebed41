import { mayNegate } from '../analysis/may-negate';
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
  /** Key ids, ascending. */
  keys: Uint32Array;
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
  const { entries, frequency } = readEntries(reports);
  // Sentences that print other figures are other claims, and news templates differ in little else:
  // each group of sentences with the same figures is clustered on its own.
  const byFigures = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = byFigures.get(entry.figures);
    if (group) group.push(entry);
    else byFigures.set(entry.figures, [entry]);
  }
  const clusters: number[][] = [];
  for (const group of byFigures.values())
    if (group.length > 1) clusters.push(...clusterGroup(group, frequency, threshold));
  return clusters.sort((a, b) => a[0]! - b[0]!);
}

function clusterGroup(entries: readonly Entry[], frequency: Uint32Array, threshold: number): number[][] {
  // Leaders by prefix key and number of keys: sets of very different sizes cannot reach t.
  const leaders = new Map<number, number[]>();
  const slot = (key: number, size: number) => key * 64 + Math.min(size, 63);
  // Word-for-word retellings, the commonest kind, are found by their keys alone.
  const exact = new Map<number, number[]>();
  const clusterOf = new Int32Array(entries.length).fill(-1);
  const clusters: number[][] = [];
  const checked = new Int32Array(entries.length).fill(-1);
  entries.forEach((entry, e) => {
    const hash = hashKeys(entry.keys);
    let best = (exact.get(hash) ?? []).find((l) => likeness(entry, entries[l]!, 1) === 1) ?? -1;
    let bestSimilarity = threshold;
    const n = entry.keys.length;
    const fewest = Math.ceil(threshold * n - 1e-9);
    const most = Math.min(63, Math.floor(n / threshold + 1e-9));
    const rarest = prefix(entry.keys, frequency, threshold);
    for (const key of best < 0 ? rarest : []) {
      for (let size = fewest; size <= most; size++) {
        for (const l of leaders.get(slot(key, size)) ?? []) {
          if (checked[l] === e) continue;
          checked[l] = e;
          const similarity = likeness(entry, entries[l]!, threshold);
          if (similarity >= bestSimilarity) [best, bestSimilarity] = [l, similarity];
        }
      }
    }
    if (best < 0) {
      for (const key of rarest) push(leaders, slot(key, n), e);
      push(exact, hash, e);
      return;
    }
    if (clusterOf[best] === -1) clusterOf[best] = clusters.push([entries[best]!.sentence]) - 1;
    clusterOf[e] = clusterOf[best]!;
    clusters[clusterOf[best]!]!.push(entry.sentence);
  });
  return clusters;
}

function readEntries(reports: readonly PreparedReportJson[]): { entries: Entry[]; frequency: Uint32Array } {
  let keyCount = 0;
  for (const report of reports)
    for (const keys of report.keys) for (const k of keys) keyCount = Math.max(keyCount, k + 1);
  const frequency = new Uint32Array(keyCount);
  for (const report of reports) for (const keys of report.keys) for (const k of keys) frequency[k]!++;
  const entries: Entry[] = [];
  let sentence = 0;
  for (const report of reports) {
    report.keys.forEach((ids, i) => {
      if (ids.length < MIN_KEYS) return;
      const keys = Uint32Array.from(new Set(ids)).sort();
      if (keys.length < MIN_KEYS) return;
      const figures = figureSignature(report.figures[i] ?? null);
      entries.push({ sentence: sentence + i, keys, figures, text: report.sentences[i]! });
    });
    sentence += report.sentences.length;
  }
  return { entries, frequency };
}

/**
 * The keys one of which any set at Jaccard ≥ t with this one must share: its |x| − ⌈t·|x|⌉ + 1
 * rarest (ties by id), picked one by one since there are few.
 */
function prefix(keys: Uint32Array, frequency: Uint32Array, threshold: number): number[] {
  const length = keys.length - Math.ceil(threshold * keys.length - 1e-9) + 1;
  const rarest: number[] = [];
  while (rarest.length < length) {
    let pick = -1;
    for (const k of keys)
      if (
        !rarest.includes(k) &&
        (pick < 0 || frequency[k]! < frequency[pick]! || (frequency[k] === frequency[pick] && k < pick))
      )
        pick = k;
    rarest.push(pick);
  }
  return rarest;
}

function hashKeys(keys: Uint32Array): number {
  let hash = 2166136261;
  for (const k of keys) hash = Math.imul(hash ^ k, 16777619);
  return hash >>> 0;
}

function push(lists: Map<number, number[]>, at: number, value: number): void {
  const list = lists.get(at);
  if (list) list.push(value);
  else lists.set(at, [value]);
}

/** The Jaccard similarity of two entries' keys when they may state one claim, else 0. */
function likeness(a: Entry, b: Entry, threshold: number): number {
  const small = a.keys.length <= b.keys.length ? a.keys : b.keys;
  const large = small === a.keys ? b.keys : a.keys;
  if (small.length < threshold * large.length) return 0;
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
  return similarity >= threshold && sameNegation(a, b) ? similarity : 0;
}

// "Not" is no key: a claim and its denial share every key.
const sameNegation = (a: Entry, b: Entry): boolean => mayNegate(a.text) === mayNegate(b.text);

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
