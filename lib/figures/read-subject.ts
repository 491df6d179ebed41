import type { LanguageProfile } from '../lang';
import { termOf } from '../text/terms';
import type { FigureToken } from './types';
import { RATE_WORDS } from './find-rate';
import { TIME_UNITS } from './units';
import { DETERMINERS, EACH, OF, OF_THE } from './figure-words';

/**
 * The counted thing after a figure: "2,700 tons of cocaine" → cocaine; "1,400 ground operations"
 * → operations (English puts the head last); "18.400 laboratorios de cocaína" → laboratorios
 * (Spanish puts it first).
 */
export function readSubject(
  tokens: FigureToken[],
  j: number,
  profile: LanguageProfile,
  hasUnit: boolean,
): { subject: string | null; next: number } {
  let k = j;
  if (hasUnit && (OF.has(tokens[k]?.fold ?? '') || OF_THE.has(tokens[k]?.fold ?? ''))) {
    k++;
    while (tokens[k] && DETERMINERS.has(tokens[k]!.fold)) k++;
  }
  const words: FigureToken[] = [];
  while (
    tokens[k] &&
    words.length < 3 &&
    /^\p{L}/u.test(tokens[k]!.raw) &&
    termOf(tokens[k]!.fold, profile)
  ) {
    // "cocaine seized", "bombardments targeting": a participle ends the noun phrase.
    if (words.length > 0 && profile.participleEndings.some((e) => tokens[k]!.fold.endsWith(e))) break;
    if (
      TIME_UNITS[tokens[k]!.fold] !== undefined ||
      RATE_WORDS[tokens[k]!.fold] !== undefined ||
      EACH.has(tokens[k]!.fold)
    )
      break;
    words.push(tokens[k]!);
    k++;
    if (profile.headFirst) break;
  }
  const head = words[words.length - 1];
  if (!head) return { subject: null, next: j };
  return { subject: termOf(head.fold, profile), next: k };
}
