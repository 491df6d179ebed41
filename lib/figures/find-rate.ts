import { mergedTable } from '../lang';
import type { FigureToken } from './types';
import { NUMBER_WORDS } from './number-words';
import { TIME_UNITS } from './units';
import { DETERMINERS, EACH, OF, OF_THE, RATE_ARTICLES, RATE_OPENERS, TIME_POINT } from './figure-words';

/** Words that make a figure a rate by themselves: "nine labs daily", "300 toneladas anuales". */
export const RATE_WORDS = mergedTable((p) => p.rateWords);

/**
 * A rate after a figure: "every 40 minutes", "a day", "per week", "cada hora", "al día",
 * "daily". Returns the period in days and the token after it.
 */
export function findRate(tokens: FigureToken[], j: number): { perDays: number; next: number } | null {
  const t = tokens[j];
  if (!t) return null;
  const adverb = RATE_WORDS[t.fold];
  if (adverb !== undefined) return { perDays: adverb, next: j + 1 };
  if (!RATE_OPENERS.has(t.fold)) return null;
  // "a la semana", "por la semana": the article is part of the Spanish phrase.
  let k = !EACH.has(t.fold) && RATE_ARTICLES.has(tokens[j + 1]?.fold ?? '') ? j + 2 : j + 1;
  // "a diario": a preposition before a rate word.
  const word = RATE_WORDS[tokens[j + 1]?.fold ?? ''];
  if (word !== undefined) return { perDays: word, next: j + 2 };
  let count = 1;
  const n = tokens[k];
  if (n && (/^\d+$/.test(n.raw) || NUMBER_WORDS[n.fold] !== undefined) && EACH.has(t.fold)) {
    count = /^\d+$/.test(n.raw) ? Number(n.raw) : NUMBER_WORDS[n.fold]!;
    k++;
  }
  const unit = tokens[k];
  const days = unit ? TIME_UNITS[unit.fold] : undefined;
  if (days === undefined) return null;
  // "a day after the visit", "a year ago", "al día siguiente": a point in time, not a rate.
  if (TIME_POINT.has(tokens[k + 1]?.fold ?? '')) return null;
  return { perDays: count * days, next: k + 1 };
}

/**
 * A rate after the complement of the counted noun: "17 laboratorios de cocaína cada día", "five
 * tons of the drug per week". The complement is one word, with its determiners.
 */
export function findRateAfterComplement(
  tokens: FigureToken[],
  j: number,
): { perDays: number; next: number } | null {
  const of = tokens[j]?.fold ?? '';
  if (!OF.has(of) && !OF_THE.has(of)) return null;
  let k = j + 1;
  while (tokens[k] && DETERMINERS.has(tokens[k]!.fold)) k++;
  if (!/^\p{L}/u.test(tokens[k]?.raw ?? '')) return null;
  return findRate(tokens, k + 1);
}

/** How many tokens before its figure a rate that opens the clause may stand. */
const RATE_BEFORE_REACH = 6;

/**
 * A rate that opens the clause of its figure: "Cada día se destruyen 17 laboratorios", "Every 40
 * minutes, the army destroys a laboratory". Only "every"/"cada" open it ("a day after…" does not).
 * Returns the period in days.
 */
export function findRateBefore(sentence: string, tokens: FigureToken[], i: number): number | null {
  for (let k = i - 1; k >= Math.max(0, i - RATE_BEFORE_REACH); k--) {
    if (!EACH.has(tokens[k]!.fold)) continue;
    const rate = findRate(tokens, k);
    if (!rate || rate.next > i) return null;
    // The same clause: a comma may close the rate phrase, nothing stronger may stand between.
    return /[;:()—–.]/u.test(sentence.slice(tokens[k]!.end, tokens[i]!.start)) ? null : rate.perDays;
  }
  return null;
}
