import Fuse from 'fuse.js';
import type { Corpus } from '../corpus/corpus';
import { FUZZY_THRESHOLD } from './defaults';
import type { QueryKey } from './find-candidates';

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
  const wordy = query.filter((q) => !q.isName && !q.key.startsWith('#') && q.key.length >= 5);
  if (wordy.length === 0 || candidates.length === 0) return result;
  const candidateTerms = new Set<number>();
  for (const c of candidates) for (const t of index.sentenceTerms(c)) candidateTerms.add(t);
  const open = wordy.filter((q) => q.termId === undefined || !candidateTerms.has(q.termId));
  if (open.length === 0) return result;
  const buckets = new Map<string, Array<{ id: number; term: string }>>();
  for (const id of candidateTerms) {
    const term = index.term(id);
    if (term.length < 5 || term.startsWith('@') || term.startsWith('#')) continue;
    const bucket = buckets.get(term.slice(0, 3));
    if (bucket) bucket.push({ id, term });
    else buckets.set(term.slice(0, 3), [{ id, term }]);
  }
  for (const q of open) {
    const bucket = buckets.get(q.key.slice(0, 3))?.filter((w) => Math.abs(w.term.length - q.key.length) <= 3);
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
  return result;
}
