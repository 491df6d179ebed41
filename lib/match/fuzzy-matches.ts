import Fuse from 'fuse.js';
import type { Corpus } from '../corpus/corpus';
import { FUZZY_THRESHOLD } from './defaults';
import type { QueryKey } from './find-candidates';
import type { SentenceIndex } from '../corpus/sentence-index';
import { TermMarks } from '../analysis/term-marks';

const candidateTerms = new TermMarks();

/**
 * For the page's words that no candidate shares exactly, the candidates' words that are nearly the
 * same: cognates across English and Spanish stems ("militar"~"militari", "diplomat"~"diplomát"),
 * and spelling variants. Words are bucketed by their first three letters, which cognates share;
 * Fuse.js scores a page word only against its bucket, never the corpus. Returns, per page key,
 * the term ids it fuzzily matches.
 */
export function fuzzyMatches(
  corpus: Corpus,
  query: readonly QueryKey[],
  candidates: readonly number[],
): Map<string, Set<number>> {
  const { index } = corpus;
  const result = new Map<string, Set<number>>();
  const prefixes = prefixesOf(index);
  // Only a word whose first letters some corpus term shares can match one nearly.
  const wordy = query.filter(
    (q) => !q.isName && !q.key.startsWith('#') && q.key.length >= 5 && prefixes.ids.has(q.key.slice(0, 3)),
  );
  if (wordy.length === 0 || candidates.length === 0) return result;
  candidateTerms.clear();
  const terms: number[] = [];
  const all = index.allSentenceTerms;
  for (const c of candidates) {
    for (let k = index.termsStart(c), end = index.termsStart(c + 1); k < end; k++) {
      const t = all[k]!;
      if (candidateTerms.has(t)) continue;
      candidateTerms.add(t);
      terms.push(t);
    }
  }
  const open = new Map<number, QueryKey[]>();
  for (const q of wordy) {
    if (q.termId !== undefined && candidateTerms.has(q.termId)) continue;
    const prefix = prefixes.ids.get(q.key.slice(0, 3));
    if (prefix === undefined) continue;
    const keys = open.get(prefix);
    if (keys) keys.push(q);
    else open.set(prefix, [q]);
  }
  if (open.size === 0) return result;
  const buckets = new Map<number, Array<{ id: number; term: string }>>();
  for (const id of terms) {
    const prefix = prefixes.of[id]!;
    if (prefix < 0 || !open.has(prefix)) continue;
    const item = { id, term: index.term(id) };
    const bucket = buckets.get(prefix);
    if (bucket) bucket.push(item);
    else buckets.set(prefix, [item]);
  }
  for (const [prefix, keys] of open) {
    for (const q of keys) {
      const bucket = buckets.get(prefix)?.filter((w) => Math.abs(w.term.length - q.key.length) <= 3);
      if (!bucket?.length) continue;
      const fuse = new Fuse(bucket, {
        keys: ['term'],
        includeScore: true,
        threshold: FUZZY_THRESHOLD,
        ignoreLocation: true,
      });
      const hits = fuse.search(q.key).filter((h) => (h.score ?? 1) <= FUZZY_THRESHOLD);
      if (hits.length) result.set(q.key, new Set(hits.map((h) => h.item.id)));
    }
  }
  return result;
}

interface Prefixes {
  /** A number for each three-letter prefix seen. */
  ids: Map<string, number>;
  /** Per term id, its prefix's number, or -1 for terms never matched fuzzily (names, figures, short words). */
  of: Int32Array;
  /** Terms numbered so far; a report added later brings new terms. */
  count: number;
}

const prefixCache = new WeakMap<SentenceIndex, Prefixes>();

// Bucketing by prefix sliced every candidate term's string for every page sentence; the prefix
// numbers are computed once per term instead.
function prefixesOf(index: SentenceIndex): Prefixes {
  const vocabulary = index.vocabularyList;
  let cache = prefixCache.get(index);
  if (!cache) {
    cache = { ids: new Map(), of: new Int32Array(vocabulary.length + 1024), count: 0 };
    prefixCache.set(index, cache);
  }
  if (cache.count < vocabulary.length) {
    if (cache.of.length < vocabulary.length) {
      const grown = new Int32Array(vocabulary.length * 2);
      grown.set(cache.of);
      cache.of = grown;
    }
    for (let id = cache.count; id < vocabulary.length; id++) {
      const term = vocabulary[id]!;
      if (term.length < 5 || term.startsWith('@') || term.startsWith('#')) {
        cache.of[id] = -1;
        continue;
      }
      const prefix = term.slice(0, 3);
      let n = cache.ids.get(prefix);
      if (n === undefined) cache.ids.set(prefix, (n = cache.ids.size));
      cache.of[id] = n;
    }
    cache.count = vocabulary.length;
  }
  return cache;
}
