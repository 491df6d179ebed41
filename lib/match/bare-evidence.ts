import { isFigureKey, isNameKey } from '../analysis/analyze-sentence';
import { isTellingKey } from '../analysis/telling-verbs';

/**
 * Whether two sentences share no word of a claim: only the story's names, verbs of telling
 * ("announced", "said in a post") and figures. Such likenesses are coincidences of how news is
 * written: "p. 84" in a reference list and "84 percent of the cocaine", "more than half of the
 * shipments" and "surged by over 50 %".
 */
export function sharesNoContent(sharedKeys: readonly string[]): boolean {
  return sharedKeys.every((k) => isNameKey(k) || isTellingKey(k) || isFigureKey(k));
}
