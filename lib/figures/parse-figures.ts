import { PROFILES, type LanguageProfile } from '../lang';
import { foldCase } from '../text/normalize';
import { termOf } from '../text/terms';
import { findDates } from './find-dates';
import { nearestMarker, scopeMarkers } from './find-scope';
import { intervalOf, qualifierAfter, qualifierBefore } from './qualifiers';
import { findRate, findRateAfterComplement, findRateBefore } from './find-rate';
import { GROUP_WORDS, MULTIPLIER_WORDS, SCALE_WORDS } from './number-words';
import { mayStartAmount, readAmount, type Amount } from './read-amount';
import { readSubject } from './read-subject';
import { daysOf, halfAfter } from './read-duration';
import type { Figure, FigureKind, FigureToken, Qualifier } from './types';
import { SUBJECT_GROUPS, UNITS } from './units';
import { AND, BETWEEN, OF, ORDINAL, RANGE_FROM, RANGE_TO } from './figure-words';

// Numbers with their separators, currency signs, percent signs and words (hyphenated ones whole).
// Thousands may also be grouped by a space, as the RAE and SI recommend ("18 400").
const TOKEN = /US\$|[$€£%]|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*|\p{L}+(?:[-'’]\p{L}+)*/gu;

/**
 * Every quantity of a sentence with its unit, subject, qualifier and scope, normalised so that
 * figures printed differently can be compared: "over 1,400 ground operations", "2.700 toneladas",
 * "thousands of tonnes", "84 %", "one laboratory every 40 minutes", "$30 billion", "in 2024".
 */
export function parseFigures(sentence: string, profile: LanguageProfile): Figure[] {
  const dates = findDates(sentence);
  // One pass, without the arrays of matches and of all tokens: every word of a sentence is a token.
  const tokens: FigureToken[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.length > 0 && dates.some((d) => start >= d.start && end <= d.end)) continue;
    tokens.push({ raw: m[0], fold: foldCase(m[0]), start, end });
  }
  // Read only for a sentence with a figure to frame: most sentences have none.
  let markers: ReturnType<typeof scopeMarkers> | undefined;
  const firstLetter = sentence.search(/\p{L}/u);
  const figures: Figure[] = [...dates];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartAmount(tokens[i]!) || isLabel(sentence, tokens, i, firstLetter)) continue;
    const read = readAmount(tokens, i, profile);
    if (!read) continue;
    const amount = readRange(sentence, tokens, i, read, profile) ?? read;
    const figure = buildFigure(sentence, tokens, i, amount, profile);
    markers ??= figure.kind === 'date' ? undefined : scopeMarkers(sentence);
    const scope =
      figure.kind === 'date' ? null : (nearestMarker(markers!, figure.start, figure.end)?.scope ?? null);
    figures.push({ ...figure, scope });
    // The next token past the figure, searched from here: a sentence of many figures stays linear.
    let next = i + 1;
    while (next < tokens.length && tokens[next]!.start < figure.end) next++;
    if (next >= tokens.length) break;
    i = next - 1;
  }
  return withDateEvents(sentence, inheritSubjects(figures.sort((a, b) => a.start - b.start)), profile);
}

const YEAR = /^(19|20)\d\d$/;
const BEFORE_YEAR = new Set(PROFILES.flatMap((p) => p.yearWords));

/** "in 2024", "the 2024 election", "2024." are years; "Murieron 2000 personas" counts people. */
function readsAsYear(tokens: FigureToken[], i: number): boolean {
  const next = tokens[i + 1];
  return i === 0 || BEFORE_YEAR.has(tokens[i - 1]!.fold) || !next || !/^\p{Ll}/u.test(next.raw);
}

const LABEL_WORDS = new Set(PROFILES.flatMap((p) => p.labelWords));

/**
 * A number that names rather than counts: part of a name or code ("F-16", "COVID-19", "G7", "Air
 * Force One"), after a word that labels ("Section 230", "Resolution 2231", "artículo 35"), an
 * ordinal ("47th"), or a time of day ("10:30").
 */
function isLabel(sentence: string, tokens: FigureToken[], i: number, firstLetter: number): boolean {
  const t = tokens[i]!;
  if (/^\d/.test(t.raw)) {
    if (/[\p{L}]-?$/u.test(sentence.slice(Math.max(0, t.start - 2), t.start))) return true;
    if (ORDINAL.test(sentence.slice(t.end, t.end + 3))) return true;
    if (/^:\d/.test(sentence.slice(t.end, t.end + 2)) || /\d:$/.test(sentence.slice(t.start - 2, t.start)))
      return true;
    return LABEL_WORDS.has(tokens[i - 1]?.fold.replace(/\.$/, '') ?? '');
  }
  // A capitalised number word inside a sentence is part of a name: "Air Force One".
  return (
    i > 0 &&
    /^\p{Lu}/u.test(t.raw) &&
    firstLetter >= 0 &&
    firstLetter < t.start &&
    !/["“«(]/u.test(sentence[lastNonSpaceBefore(sentence, t.start)] ?? '')
  );
}

// Read backwards over the white space only, never over the whole prefix of the sentence.
function lastNonSpaceBefore(sentence: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /\s/u.test(sentence[i]!)) i--;
  return i;
}

/**
 * A range printed as two numbers ("between 80 and 90 people", "entre 80 y 90", "from 80 to 90",
 * "de 80 a 90", "80-90") is one figure: any value between them agrees with it.
 */
function readRange(
  sentence: string,
  tokens: FigureToken[],
  i: number,
  amount: Amount,
  profile: LanguageProfile,
): Amount | null {
  if (amount.value === null || amount.vague || YEAR.test(tokens[i]!.raw)) return null;
  const j = amount.next;
  const opener = tokens[i - 1]?.fold ?? '';
  const word = tokens[j]?.fold ?? '';
  const hyphen = /^\s?[-–]\s?$/u.test(sentence.slice(tokens[j - 1]!.end, tokens[j]?.start ?? 0));
  const joined = (AND.has(word) && BETWEEN.has(opener)) || (RANGE_TO.has(word) && RANGE_FROM.has(opener));
  if (!joined && !(hyphen && /^\d/.test(tokens[j]?.raw ?? ''))) return null;
  const second = readAmount(tokens, joined ? j + 1 : j, profile);
  if (!second || second.value === null || second.value <= amount.value) return null;
  return { value: null, vague: [amount.value, second.value], decimals: 0, next: second.next };
}

/**
 * A date's subject is the event it dates: the last words of the claim among the twelve before it
 * ("revoked Petro's visa in September" → revok visa; "sanctioned Petro, his wife and his son in
 * October" → sanction wife son), or after it when it opens the sentence ("En septiembre, Washington
 * le retiró la visa"). Dates compare only when their events share a word, so "sanctioned in October"
 * is never set against "revoked the visa in September".
 */
function withDateEvents(sentence: string, figures: Figure[], profile: LanguageProfile): Figure[] {
  if (!figures.some((f) => f.kind === 'date')) return figures;
  const words = [...sentence.matchAll(/\p{L}+/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const events = (list: typeof words) =>
    list
      .filter((w) => w.start === 0 || !/^\p{Lu}/u.test(w.text))
      .map((w) => termOf(foldCase(w.text), profile))
      .filter((t): t is string => t !== null);
  return figures.map((f, i) => {
    if (f.kind !== 'date') return f;
    const from = figures[i - 1]?.end ?? 0;
    let event = events(words.filter((w) => w.start >= from && w.end <= f.start).slice(-12)).slice(-4);
    if (event.length === 0) {
      const to = figures[i + 1]?.start ?? sentence.length;
      event = events(words.filter((w) => w.start >= f.end && w.end <= to).slice(0, 12)).slice(0, 4);
    }
    return { ...f, subject: event.length ? event.join(' ') : null };
  });
}

/**
 * A rate that leaves its noun out counts what the figure before it counts: "18,400 laboratories,
 * one every 40 minutes", "18.400 laboratorios, uno cada hora".
 */
function inheritSubjects(figures: Figure[]): Figure[] {
  let subject: string | null = null;
  return figures.map((f) => {
    if (f.kind === 'rate' && f.subject === null && subject !== null) return { ...f, subject };
    if (f.kind !== 'date' && f.subject !== null) subject = f.subject;
    return f;
  });
}

function buildFigure(
  sentence: string,
  tokens: FigureToken[],
  i: number,
  amount: Amount,
  profile: LanguageProfile,
): Figure {
  let j = amount.next;
  // "thousands of tonnes", "5 millones de dólares": the unit follows the "of".
  if (OF.has(tokens[j]?.fold ?? '') && UNITS[tokens[j + 1]?.fold ?? ''] && tokens[j + 1]!.raw !== 't') j++;
  let unit: string | null = amount.share ? 'percent' : (amount.currency ?? null);
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
  const days = tokens[j] && daysOf(tokens[j]!);
  if (!unit && days !== undefined && value !== null) {
    // "40 minutes", "a 35-minute call", "two years": a duration, in minutes (a call, a meeting
    // and a term compare in one unit).
    [unit, kind, value, j] = ['min', 'measure', inMinutes(value, days), j + 1];
    // "two hours and a half", "dos horas y media".
    const half = halfAfter(tokens, j);
    if (half !== null) [value, j] = [value + inMinutes(0.5, days), half];
  }
  if (
    kind === 'count' &&
    value === Number(tokens[i]!.raw) &&
    YEAR.test(tokens[i]!.raw) &&
    readsAsYear(tokens, i)
  ) {
    return yearFigure(tokens[i]!, value);
  }
  // "7.000 millones de dosis", "hundreds of operations", "un millar de soldados": after a scale
  // word, as after a unit, the thing counted follows the "of".
  const last = tokens[amount.next - 1]?.fold ?? '';
  const scaled =
    amount.vague !== undefined ||
    SCALE_WORDS[last] !== undefined ||
    MULTIPLIER_WORDS[last] !== undefined ||
    GROUP_WORDS[last] !== undefined;
  const read = readSubject(tokens, j, profile, unit !== null || scaled);
  j = read.next;
  // "Strikes have killed 83", "the death toll rose to 87": a bare count counts what the event
  // word just before it names.
  const subject = read.subject ?? (unit === null ? eventBefore(tokens, i, profile) : null);
  // A rate follows its figure in the same clause: "killed 11 people, a day after…" is no rate.
  const sameClause = !/[,;:()—–]/u.test(sentence.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0));
  const rate =
    value !== null && sameClause ? (findRate(tokens, j) ?? findRateAfterComplement(tokens, j)) : null;
  // A count or a measure, not a length ("Every day, a 35-minute call" is no rate of minutes).
  const countable = (kind === 'count' || kind === 'measure') && unit !== 'min';
  const opening = rate || value === null || !countable ? null : findRateBefore(sentence, tokens, i);
  if (rate) [kind, value, j] = ['rate', value! / rate.perDays, rate.next];
  else if (opening !== null) [kind, value] = ['rate', value! / opening];
  const startToken = tokens[i]!;
  // Folding keeps the length of NFC text (accents are dropped, not letters), so offsets hold.
  const before = foldCase(sentence.slice(Math.max(0, startToken.start - 40), startToken.start));
  // The words right after the figure ("or more", "y pico"); not the rest of a long sentence.
  const afterFrom = tokens[j - 1]?.end ?? startToken.end;
  const afterText = foldCase(sentence.slice(afterFrom, afterFrom + AFTER_CHARS));
  const found = amount.vague ? null : qualifierBefore(before);
  // A share printed as a fraction is a round figure: "two thirds" is about 67 %.
  const qualifier: Qualifier = amount.vague
    ? 'vague'
    : (found?.qualifier ?? qualifierAfter(afterText) ?? (amount.share ? 'about' : 'exact'));
  const qualifierStart = found ? startToken.start - found.length : startToken.start;
  const [low, high] = amount.vague
    ? [amount.vague[0], amount.vague[1]]
    : kind === 'rate'
      ? widen(intervalOf(value!, qualifier, 0), 0.05)
      : intervalOf(value!, qualifier, amount.decimals, unit === 'percent');
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

const AFTER_CHARS = 60;
const COUNTED_EVENTS = new Set(SUBJECT_GROUPS.flat());

function eventBefore(tokens: FigureToken[], i: number, profile: LanguageProfile): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const term = termOf(tokens[k]!.fold, profile);
    if (term !== null && COUNTED_EVENTS.has(term)) return term;
  }
  return null;
}

/** A length in minutes, rounded off the float error of the day fractions ("35 minutes" is 35). */
function inMinutes(value: number, days: number): number {
  return Math.round(value * days * 1440 * 1e6) / 1e6;
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
