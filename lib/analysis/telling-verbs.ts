import { PROFILES } from '../lang';
import { termOf } from '../text/terms';

// Verbs by which news tells of a statement, not what was stated: every profile's, as terms (the
// Spanish ones reach the English terms through the lexicon: "anunció" → announce).
const TELLING_TERMS = new Set(
  PROFILES.flatMap((profile) => profile.tellingVerbs.map((word) => termOf(word, profile))).filter(
    (t): t is string => t !== null,
  ),
);

/** Whether an index key is a verb of telling ("announced", "wrote"). */
export function isTellingKey(key: string): boolean {
  return TELLING_TERMS.has(key);
}
