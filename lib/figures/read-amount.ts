import type { LanguageProfile } from '../lang';
import { FRACTIONS, NUMBER_WORDS, SCALE_WORDS, VAGUE_AMOUNTS } from './number-words';
import { readNumber } from './read-number';
import { readNumberWords } from './read-number-words';
import { readPartOfUnit } from './read-duration';
import { qualifierBefore } from './qualifiers';
import type { FigureToken } from './types';
import {
  APPROXIMATOR_ENDS,
  ARTICLES,
  EACH,
  FRACTION_PARTS,
  HALF,
  HALF_FACTOR,
  LONE_GROUPS,
  OF,
  ONE,
  PERIOD_ORDINALS,
  SHARE_DEFINITE,
  SHARE_LINKS,
  SHARE_ONES,
  TIME_POINT,
} from './figure-words';
import { CURRENCY_SIGNS, TIME_UNITS } from './units';

/** A number read at a token: its value (or vague range), and the token after it. */
export interface Amount {
  value: number | null;
  alt?: number;
  decimals: number;
  vague?: readonly [number, number];
  currency?: string;
  /** Index of the first token after the amount. */
  next: number;
  /** A share printed as a fraction or as "N in M": the value is a percentage. */
  share?: boolean;
}

// First words of anything `readAmount` can read, so that other tokens are passed over at once.
const AMOUNT_STARTS = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...LONE_GROUPS,
  ...HALF_FACTOR,
  ...Object.keys(FRACTIONS),
  ...Object.keys(VAGUE_AMOUNTS).map((words) => words.split(' ')[0]!),
]);

/** Reads the amount that starts at token `i`, if one does: digits, number words, vague amounts, money. */
export function readAmount(tokens: FigureToken[], i: number, profile: LanguageProfile): Amount | null {
  const t = tokens[i]!;
  // "a nearly hour-long call": the length is in the word.
  if (isLengthWord(t)) return { value: 1, decimals: 0, next: i };
  if (!mayStartAmount(t)) return null;
  const next = tokens[i + 1];
  if (CURRENCY_SIGNS[t.raw] && next && /^\d/.test(next.raw)) {
    const inner = readAmount(tokens, i + 1, profile);
    return inner && { ...inner, currency: CURRENCY_SIGNS[t.raw] };
  }
  if (/^\d/.test(t.raw)) {
    const reading = readNumber(t.raw.replace(/[ \u00a0\u202f]/g, ''), profile);
    if (!reading) return null;
    return withScale(tokens, i + 1, {
      value: reading.value,
      alt: reading.alt,
      decimals: reading.decimals,
      next: i + 1,
    });
  }
  const twoWords = next ? `${t.fold} ${next.fold}` : '';
  const threeWords = tokens[i + 2] ? `${twoWords} ${tokens[i + 2]!.fold}` : '';
  for (const [words, length] of [
    [threeWords, 3],
    [twoWords, 2],
    [t.fold, 1],
  ] as const) {
    const range = VAGUE_AMOUNTS[words];
    if (!range) continue;
    const after = tokens[i + length];
    // "thousands of …" is an amount; "thousands" alone rarely is; "numerous X" needs its noun.
    const counted = after && (OF.has(after.fold) || /^\p{L}/u.test(after.raw));
    if (counted && (length > 1 || range[1] === Infinity || OF.has(after.fold)))
      return { value: null, vague: range, decimals: 0, next: i + length };
  }
  // "un laboratorio cada 40 minutos", "a laboratory every 40 minutes": the article counts one.
  // Also with the noun's words or complement between: "a cocaine laboratory every hour", "un
  // laboratorio de cocaína cada hora". ("una de cada cinco" is a share: the article's noun is missing.)
  if (ARTICLES.has(t.fold) && !OF.has(next?.fold ?? '') && eachAfterNoun(tokens, i + 1)) {
    return { value: 1, decimals: 0, next: i + 1 };
  }
  // "…laboratories, one every 40 minutes", "…laboratorios, uno cada hora": the noun is left out.
  if (ONE.has(t.fold) && EACH.has(next?.fold ?? '')) {
    return { value: 1, decimals: 0, next: i + 1 };
  }
  // "nearly an hour", "more than a year", "casi una hora": after an approximator the article is one,
  // and after "de" it gives a length ("una llamada de una hora": "an hour-long call").
  if (ARTICLES.has(t.fold) && TIME_UNITS[next?.fold ?? ''] !== undefined && afterApproximator(tokens, i))
    return { value: 1, decimals: 0, next: i + 1 };
  // "half an hour", "tres cuartos de hora": a duration, not a share.
  const part = readPartOfUnit(tokens, i);
  if (part) return { ...part, decimals: 0 };
  const share = readShare(tokens, i);
  if (share) return share;
  const words = readNumberWords(tokens, i, profile);
  return words && withScale(tokens, words.next, { value: words.value, decimals: 0, next: words.next });
}

// The ending first: it turns away almost every word before the table (a lookup by a new string
// key, which V8 must intern first) and the pattern.
const isLengthWord = (t: FigureToken): boolean =>
  t.fold.endsWith('-long') && TIME_UNITS[t.fold] !== undefined && /^\p{L}+-long$/u.test(t.fold);

/**
 * Whether `readAmount` could read anything at this token: most words of a sentence are passed
 * over here, before any other test.
 */
export function mayStartAmount(t: FigureToken): boolean {
  return (
    startsAmountChar(t.raw.charCodeAt(0)) ||
    AMOUNT_STARTS.has(firstPart(t.fold)) ||
    ARTICLES.has(t.fold) ||
    isLengthWord(t)
  );
}

// A digit, "$", "€", "£", or the "U" of "US$": as /^[\d$€£U]/, without a pattern for every token.
function startsAmountChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 36 || code === 0x20ac || code === 0xa3 || code === 85;
}

// The word before a hyphen ("two-thirds" → "two"), without splitting the whole word.
function firstPart(word: string): string {
  const hyphen = word.indexOf('-');
  return hyphen < 0 ? word : word.slice(0, hyphen);
}

/**
 * A share: "half of", "a third of", "two-thirds of", "three quarters of", "la mitad de", "dos tercios
 * de", "tres cuartas partes de" (as a percentage, before "of"/"de" only: "half an hour" is no share),
 * and "one in five", "nine out of ten", "uno de cada cinco".
 */
function readShare(tokens: FigureToken[], i: number): Amount | null {
  const t = tokens[i]!;
  // "the first half of the match", "la segunda mitad del año": a period, not a share.
  if (PERIOD_ORDINALS.has(tokens[i - 1]?.fold ?? '') && FRACTIONS[t.fold] === 50) return null;
  const parts = t.fold.split('-');
  // "two-thirds" in one token, or a count word before the fraction ("two thirds", "a third").
  let count = parts.length === 2 ? countOf(parts[0]!) : null;
  let fraction = parts.length === 2 ? FRACTIONS[parts[1]!] : undefined;
  let k = i + 1;
  if (fraction === undefined) {
    count = countOf(t.fold);
    fraction = FRACTIONS[tokens[i + 1]?.fold ?? ''];
    k = i + 2;
    if (
      fraction === undefined &&
      FRACTIONS[t.fold] !== undefined &&
      i > 0 &&
      SHARE_DEFINITE.has(tokens[i - 1]!.fold)
    ) {
      // "la mitad de", "the half of" (rare in English), with the article before.
      [count, fraction, k] = [1, FRACTIONS[t.fold], i + 1];
    } else if (fraction === undefined && HALF.has(t.fold)) [count, fraction, k] = [1, 50, i + 1];
  }
  if (fraction !== undefined && count !== null) {
    if (FRACTION_PARTS.has(tokens[k]?.fold ?? '')) k++;
    if (OF.has(tokens[k]?.fold ?? '')) return { value: count * fraction, decimals: 1, next: k, share: true };
    return null;
  }
  // "one in five", "nine out of ten", "uno de cada cinco".
  const n = /^\d+$/.test(t.raw) ? Number(t.raw) : countOf(t.fold);
  if (n === null) return null;
  // The words between the two numbers: "in", "out of", "de cada".
  const link = SHARE_LINKS.find((words) => words.every((w, at) => tokens[i + 1 + at]?.fold === w));
  const [m, next] = link ? [tokens[i + 1 + link.length], i + 2 + link.length] : [undefined, 0];
  if (!m) return null;
  const of = /^\d+$/.test(m.raw) ? Number(m.raw) : countOf(m.fold);
  if (!of || of <= n || of > 1000) return null;
  return { value: (100 * n) / of, decimals: 1, next, share: true };
}

function countOf(fold: string): number | null {
  if (SHARE_ONES.has(fold)) return 1;
  const value = NUMBER_WORDS[fold];
  return value !== undefined && value <= 12 ? value : null;
}

/** Whether "every"/"cada" follows the noun phrase that starts at `k`, within three words. */
function eachAfterNoun(tokens: FigureToken[], k: number): boolean {
  for (let at = k + 1; at <= k + 3 && tokens[at]; at++) {
    if (EACH.has(tokens[at]!.fold)) return true;
    if (!/^\p{L}/u.test(tokens[at]!.raw)) return false;
  }
  return false;
}

function afterApproximator(tokens: FigureToken[], i: number): boolean {
  const previous = tokens[i - 1]?.fold ?? '';
  if (APPROXIMATOR_ENDS.has(previous)) return true;
  if (!OF.has(previous)) return false;
  // "más de una hora" (a qualifier) and "una llamada de una hora" (a length), but "después de una
  // hora" is a point in time.
  const before = tokens[i - 2]?.fold ?? '';
  return qualifierBefore(`${before} ${previous}`) !== null || !TIME_POINT.has(before);
}

function withScale(tokens: FigureToken[], j: number, amount: Amount): Amount {
  const two = tokens[j + 1] ? `${tokens[j]?.fold} ${tokens[j + 1]!.fold}` : '';
  const [scale, used] = SCALE_WORDS[two] ? [SCALE_WORDS[two], 2] : [SCALE_WORDS[tokens[j]?.fold ?? ''], 1];
  if (!scale || amount.value === null) return amount;
  return {
    ...amount,
    value: amount.value * scale,
    alt: amount.alt === undefined ? undefined : amount.alt * scale,
    decimals: 0,
    next: j + used,
  };
}
