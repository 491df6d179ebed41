import Fuse from 'fuse.js';
import type { Corpus } from '../corpus/corpus';
import { FUZZY_THRESHOLD } from './defaults';
import type { QueryKey } from './find-candidates';

/**
 * For the page's words that no candidate shares exactly, the candidates' words that are nearly the
 * same: cognates across English and Spanish stems ("militar"~"militari", "diplomat"~"diplomát"),
 * and spelling variants. Fuse.js scores them over the few candidate words only, never the corpus.
 * Returns, per page key, the term ids it fuzzily matches.
 */
export function fuzzyMatches(
  corpus: Corpus,
  query: readonly QueryKey[],
  candidates: readonly number[],
): Map<string, Set<number>> {
  const { index } = corpus;
  const candidateTerms = new Set<number>();
  for (const c of candidates) for (const t of index.sentenceTerms(c)) candidateTerms.add(t);
  const open = query.filter(
    (q) =>
      !q.isName &&
      !q.key.startsWith('#') &&
      q.key.length >= 5 &&
      (q.termId === undefined || !candidateTerms.has(q.termId)),
  );
  const result = new Map<string, Set<number>>();
  if (open.length === 0 || candidateTerms.size === 0) return result;
  const words = [...candidateTerms]
    .map((id) => ({ id, term: index.term(id) }))
    .filter((w) => w.term.length >= 5 && !w.term.startsWith('@') && !w.term.startsWith('#'));
  const fuse = new Fuse(words, {
    keys: ['term'],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
  });
  for (const q of open) {
    const hits = fuse
      .search(q.key)
      .filter((h) => (h.score ?? 1) <= FUZZY_THRESHOLD && sharePrefix(q.key, h.item.term));
    if (hits.length) result.set(q.key, new Set(hits.map((h) => h.item.id)));
  }
  return result;
}

// Cognates and variants agree in their first letters; this keeps "invest" from "investig".
function sharePrefix(a: string, b: string): boolean {
  return a.slice(0, 3) === b.slice(0, 3) && Math.abs(a.length - b.length) <= 3;
}
