import type { Language } from '../text/language';
import { foldCase } from '../text/normalize';
import { termOf } from '../text/terms';
import { findDates } from './find-dates';
import { nearestMarker, scopeMarkers } from './find-scope';
import { NUMBER_WORDS, SCALE_WORDS, VAGUE_AMOUNTS } from './number-words';
import { intervalOf, qualifierAfter, qualifierBefore } from './qualifiers';
import { readNumber } from './read-number';
import { findRate } from './find-rate';
import type { Figure, FigureKind, Qualifier } from './types';
import { CURRENCY_SIGNS, TIME_UNITS, UNITS } from './units';

/** A word or number of the sentence, with its place. */
export interface FigureToken {
  raw: string;
  fold: string;
  start: number;
  end: number;
}

const TOKEN = /US\$|[$€£%]|\d+(?:[.,]\d+)*|\p{L}+(?:[-'’]\p{L}+)*/gu;
// Number words that are also common words in the other language or articles.
const AMBIGUOUS_NUMBER_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['once', 'uno', 'una', 'dos', 'mil', 'cien']),
  es: new Set(['uno', 'una', 'one', 'ten', 'once']),
};

interface Amount {
  value: number | null;
  alt?: number;
  decimals: number;
  vague?: readonly [number, number];
  currency?: string;
  /** Index of the first token after the amount. */
  next: number;
}

/**
 * Every quantity of a sentence with its unit, subject, qualifier and scope, normalised so that
 * figures printed differently can be compared: "over 1,400 ground operations", "2.700 toneladas",
 * "thousands of tonnes", "84 %", "one laboratory every 40 minutes", "$30 billion", "in 2024".
 */
export function parseFigures(sentence: string, language: Language): Figure[] {
  const dates = findDates(sentence);
  const tokens: FigureToken[] = [...sentence.matchAll(TOKEN)]
    .map((m) => ({ raw: m[0], fold: foldCase(m[0]), start: m.index, end: m.index + m[0].length }))
    .filter((t) => !dates.some((d) => t.start >= d.start && t.end <= d.end));
  const markers = scopeMarkers(sentence);
  const figures: Figure[] = [...dates];
  for (let i = 0; i < tokens.length; i++) {
    const amount = readAmount(tokens, i, language);
    if (!amount) continue;
    const figure = buildFigure(sentence, tokens, i, amount, language);
    const scope =
      figure.kind === 'date' ? null : (nearestMarker(markers, figure.start, figure.end)?.scope ?? null);
    figures.push({ ...figure, scope });
    i = tokens.findIndex((t) => t.start >= figure.end) - 1;
    if (i < 0) break;
  }
  return figures.sort((a, b) => a.start - b.start);
}

// First words of anything `readAmount` can read, so that other tokens are passed over at once.
const AMOUNT_STARTS = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(VAGUE_AMOUNTS).map((words) => words.split(' ')[0]!),
]);

function readAmount(tokens: FigureToken[], i: number, language: Language): Amount | null {
  const t = tokens[i]!;
  if (
    !/^[\d$€£U]/.test(t.raw) &&
    !AMOUNT_STARTS.has(t.fold.split('-')[0]!) &&
    !/^(a|an|un|una)$/.test(t.fold)
  )
    return null;
  const next = tokens[i + 1];
  if (CURRENCY_SIGNS[t.raw] && next && /^\d/.test(next.raw)) {
    const inner = readAmount(tokens, i + 1, language);
    return inner && { ...inner, currency: CURRENCY_SIGNS[t.raw] };
  }
  if (/^\d/.test(t.raw)) {
    const reading = readNumber(t.raw, language);
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
    const counted = after && (after.fold === 'of' || after.fold === 'de' || /^\p{L}/u.test(after.raw));
    if (counted && (length > 1 || range[1] === Infinity || after.fold === 'of' || after.fold === 'de'))
      return { value: null, vague: range, decimals: 0, next: i + length };
  }
  // "un laboratorio cada 40 minutos", "a laboratory every 40 minutes": the article counts one.
  if (/^(a|an|un|una)$/.test(t.fold) && /^(every|each|cada)$/.test(tokens[i + 2]?.fold ?? '')) {
    return { value: 1, decimals: 0, next: i + 1 };
  }
  const parts = t.fold.split('-');
  if (AMBIGUOUS_NUMBER_WORDS[language].has(t.fold) || !parts.every((p) => NUMBER_WORDS[p] !== undefined))
    return null;
  // "one of the …", "two of them": not a figure.
  if (!next || next.fold === 'of' || next.fold === 'de' || !/^\p{L}/u.test(next.raw)) return null;
  const value = parts.reduce((sum, p) => sum + NUMBER_WORDS[p]!, 0);
  return withScale(tokens, i + 1, { value, decimals: 0, next: i + 1 });
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

function buildFigure(
  sentence: string,
  tokens: FigureToken[],
  i: number,
  amount: Amount,
  language: Language,
): Figure {
  let j = amount.next;
  // "thousands of tonnes", "5 millones de dólares": the unit follows the "of".
  if (
    /^(of|de)$/.test(tokens[j]?.fold ?? '') &&
    UNITS[tokens[j + 1]?.fold ?? ''] &&
    tokens[j + 1]!.raw !== 't'
  )
    j++;
  let unit: string | null = amount.currency ?? null;
  const two = tokens[j + 1] ? `${tokens[j]?.fold} ${tokens[j + 1]!.fold}` : '';
  if (!unit && UNITS[two]) [unit, j] = [UNITS[two]!, j + 2];
  else if (!unit && tokens[j] && UNITS[tokens[j]!.fold] && tokens[j]!.raw !== 't')
    [unit, j] = [UNITS[tokens[j]!.fold]!, j + 1];
  let value = amount.value;
  let kind: FigureKind =
    unit === 'percent' || unit === 'pp'
      ? 'percent'
      : amount.currency || isMoney(unit)
        ? 'money'
        : unit
          ? 'measure'
          : 'count';
  if (!unit && tokens[j] && TIME_UNITS[tokens[j]!.fold] !== undefined && value !== null) {
    // "two centuries", "40 minutes": a duration, in days.
    [unit, kind, value, j] = ['day', 'measure', value * TIME_UNITS[tokens[j]!.fold]!, j + 1];
  }
  if (kind === 'count' && value !== null && amount.decimals === 0 && /^(19|20)\d\d$/.test(tokens[i]!.raw)) {
    return yearFigure(tokens[i]!, value);
  }
  const { subject, next } = readSubject(tokens, j, language, unit !== null);
  j = next;
  const rate = value !== null ? findRate(tokens, j) : null;
  if (rate) [kind, value, j] = ['rate', value! / rate.perDays, rate.next];
  const startToken = tokens[i]!;
  // Folding keeps the length of NFC text (accents are dropped, not letters), so offsets hold.
  const before = foldCase(sentence.slice(Math.max(0, startToken.start - 40), startToken.start));
  const afterText = foldCase(sentence.slice(tokens[j - 1]?.end ?? startToken.end));
  const found = amount.vague ? null : qualifierBefore(before);
  const qualifier: Qualifier = amount.vague
    ? 'vague'
    : (found?.qualifier ?? qualifierAfter(afterText) ?? 'exact');
  const qualifierStart = found ? startToken.start - found.length : startToken.start;
  const [low, high] = amount.vague
    ? [amount.vague[0], amount.vague[1]]
    : kind === 'rate'
      ? widen(intervalOf(value!, qualifier, 0), 0.05)
      : intervalOf(value!, qualifier, amount.decimals);
  const end = tokens[j - 1]?.end ?? startToken.end;
  return {
    text: sentence.slice(qualifierStart, end),
    start: qualifierStart,
    end,
    kind,
    value,
    ...(amount.alt !== undefined ? { altValue: amount.alt } : {}),
    low,
    high,
    qualifier,
    unit,
    subject,
    scope: null,
  };
}

function isMoney(unit: string | null): boolean {
  return unit === 'usd' || unit === 'eur' || unit === 'gbp' || unit === 'cop';
}

function widen([low, high]: [number, number], share: number): [number, number] {
  return [low * (1 - share), high * (1 + share)];
}

function yearFigure(token: FigureToken, value: number): Figure {
  return {
    text: token.raw,
    start: token.start,
    end: token.end,
    kind: 'date',
    value,
    low: value,
    high: value,
    qualifier: 'exact',
    unit: 'year',
    subject: null,
    scope: null,
  };
}

/**
 * The counted thing after a figure: "2,700 tons of cocaine" → cocaine; "1,400 ground operations"
 * → operations (English puts the head last); "18.400 laboratorios de cocaína" → laboratorios
 * (Spanish puts it first).
 */
function readSubject(
  tokens: FigureToken[],
  j: number,
  language: Language,
  hasUnit: boolean,
): { subject: string | null; next: number } {
  let k = j;
  if (hasUnit && (tokens[k]?.fold === 'of' || tokens[k]?.fold === 'de' || tokens[k]?.fold === 'del')) {
    k++;
    while (tokens[k] && /^(the|a|an|la|el|los|las|this|that)$/.test(tokens[k]!.fold)) k++;
  }
  const words: FigureToken[] = [];
  while (
    tokens[k] &&
    words.length < 3 &&
    /^\p{L}/u.test(tokens[k]!.raw) &&
    termOf(tokens[k]!.fold, language)
  ) {
    // "cocaine seized", "bombardments targeting": a participle ends the noun phrase.
    if (words.length > 0 && language === 'en' && /(ed|ing)$/.test(tokens[k]!.fold)) break;
    if (
      TIME_UNITS[tokens[k]!.fold] !== undefined ||
      tokens[k]!.fold === 'every' ||
      tokens[k]!.fold === 'cada'
    )
      break;
    words.push(tokens[k]!);
    k++;
    if (language === 'es') break;
  }
  const head = words[words.length - 1];
  if (!head) return { subject: null, next: j };
  return { subject: termOf(head.fold, language), next: k };
}
