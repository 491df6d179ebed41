import { FRACTIONS, NUMBER_WORDS } from './number-words';
import type { FigureToken } from './types';
import { AND, ARTICLES, HALF, HALF_FACTOR, OF, SHARE_ONES } from './figure-words';
import { TIME_UNITS } from './units';

/**
 * A part of a time unit: "half an hour", "media hora", "a half-hour call", "three-quarters of an
 * hour", "tres cuartos de hora", "un cuarto de hora". Returns the part (0.5, 0.75) and the index of
 * the time unit, which the figure reads as a duration; a share of anything else is no duration.
 */
export function readPartOfUnit(tokens: FigureToken[], i: number): { value: number; next: number } | null {
  const t = tokens[i]!;
  const parts = t.fold.split('-');
  // "a half-hour call", "an hour-long call": the unit is the word itself (the profile's time units);
  // "a two-hour meeting": a number word and the unit.
  if (parts.length > 1 && TIME_UNITS[t.fold] !== undefined) return { value: 1, next: i };
  if (parts.length === 2 && daysOf(t) !== undefined) return { value: NUMBER_WORDS[parts[0]!]!, next: i };
  // "half an hour", "media hora".
  if (HALF.has(t.fold) && ARTICLES.has(tokens[i + 1]?.fold ?? '') && isUnit(tokens[i + 2]))
    return { value: 0.5, next: i + 2 };
  if (HALF_FACTOR.has(t.fold) && isUnit(tokens[i + 1])) return { value: 0.5, next: i + 1 };
  // "an hour and a half", "una hora y media": the article counts one before the half.
  if (ARTICLES.has(t.fold) && isUnit(tokens[i + 1]) && halfAfter(tokens, i + 2) !== null)
    return { value: 1, next: i + 1 };
  // "three-quarters of an hour", "three quarters of an hour", "tres cuartos de hora".
  const joined = parts.length === 2;
  const count = countOf(joined ? parts[0]! : t.fold);
  const fraction = FRACTIONS[joined ? parts[1]! : (tokens[i + 1]?.fold ?? '')];
  let k = joined ? i + 1 : i + 2;
  if (count === null || fraction === undefined || !OF.has(tokens[k]?.fold ?? '')) return null;
  k++;
  if (ARTICLES.has(tokens[k]?.fold ?? '')) k++;
  if (!isUnit(tokens[k])) return null;
  const part = (count * fraction) / 100;
  return part < 1 ? { value: Math.round(part * 1e6) / 1e6, next: k } : null;
}

function isUnit(token: FigureToken | undefined): boolean {
  return token !== undefined && TIME_UNITS[token.fold] !== undefined;
}

/** The days of a time unit word: "hour", "horas", "hour-long", and the unit of "two-hour". */
export function daysOf(token: FigureToken): number | undefined {
  const parts = token.fold.split('-');
  if (TIME_UNITS[token.fold] !== undefined) return TIME_UNITS[token.fold];
  return parts.length === 2 && NUMBER_WORDS[parts[0]!] !== undefined ? TIME_UNITS[parts[1]!] : undefined;
}

function countOf(fold: string): number | null {
  if (SHARE_ONES.has(fold)) return 1;
  const value = NUMBER_WORDS[fold];
  return value !== undefined && value <= 12 ? value : null;
}

/** "and a half", "y media", "y medio" after a time unit: the token after it, or null. */
export function halfAfter(tokens: FigureToken[], k: number): number | null {
  if (!AND.has(tokens[k]?.fold ?? '')) return null;
  const next = tokens[k + 1]?.fold ?? '';
  if (HALF_FACTOR.has(next)) return k + 2;
  return ARTICLES.has(next) && HALF.has(tokens[k + 2]?.fold ?? '') ? k + 3 : null;
}
