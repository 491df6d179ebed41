import { termOf } from '../text/terms';

// Verbs by which news tells of a statement, not what was stated. English words: Spanish ones reach
// the same terms through the lexicon ("anunció" → announce).
// prettier-ignore
const TELLING = [
  'say', 'said', 'says', 'tell', 'told', 'state', 'stated', 'statement', 'announce', 'announced', 'announcement',
  'report', 'reported', 'note', 'noted', 'add', 'added', 'mention', 'mentioned', 'write', 'wrote', 'written',
  'post', 'posted', 'speak', 'spoke', 'comment', 'commented', 'remark', 'remarked', 'express', 'expressed',
  'declare', 'declared', 'declaration', 'explain', 'explained', 'reveal', 'revealed', 'publish', 'published',
];

const TELLING_TERMS = new Set(
  TELLING.map((word) => termOf(word, 'en')).filter((t): t is string => t !== null),
);

/** Whether an index key is a verb of telling ("announced", "wrote"). */
export function isTellingKey(key: string): boolean {
  return TELLING_TERMS.has(key);
}
