import { mergedTable, PROFILES } from '../lang';
import { anyCase } from '../text/any-case';
import type { Figure } from './types';

// Month names and abbreviations of every profile.
const MONTHS = mergedTable((p) => p.months);
const MONTH = Object.keys(MONTHS).join('|');
const PATTERNS: ReadonlyArray<{
  re: RegExp;
  read: (m: RegExpExecArray) => [number | undefined, number, number];
}> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: new RegExp(`\\b(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'giu'),
    read: (m) => [m[3] ? Number(m[3]) : undefined, MONTHS[m[1]!.toLowerCase()]!, Number(m[2])],
  },
  {
    re: new RegExp(`\\b(\\d{1,2}) (?:de )?(${MONTH})\\.?(?:,? (?:de |del )?(\\d{4}))?\\b`, 'giu'),
    read: (m) => [m[3] ? Number(m[3]) : undefined, MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  },
];

/**
 * Calendar dates in a sentence: "2025-12-03", "December 3, 2025", "3 de diciembre de 2025",
 * "Dec. 3". Value is yyyymmdd, or mmdd with unit `day-of-year` when the year is not printed; and
 * months named alone ("in September", "en octubre de 2025").
 */
export function findDates(sentence: string): Figure[] {
  const found: Figure[] = [];
  findDays(sentence, found);
  findMonths(sentence, found);
  return found;
}

function findDays(sentence: string, found: Figure[]): void {
  // Every pattern prints the day as digits: most sentences have none, and need no scan.
  if (!/\d/u.test(sentence)) return;
  for (const { re, read } of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const [year, month, day] = read(m as RegExpExecArray);
      if (day < 1 || day > 31) continue;
      const value = (year ?? 0) * 10000 + month * 100 + day;
      found.push(dateFigure(m[0], start, end, value, year ? 'date' : 'day-of-year'));
    }
  }
}

// A profile's pattern of a month alone, and for one that ignores case (slow in V8), a guard that
// finds the profile's month names first (the pattern's group 1 is one of them).
const MONTH_ALONE = PROFILES.map((p) => ({
  re: p.monthAlone,
  guard: p.monthAlone.flags.includes('i') ? anyCase(Object.keys(p.months)) : null,
}));

/**
 * Months named without a day: value mm (unit `month-of-year`), or yyyymm (unit `month`) with the
 * year, so that "in September" and "in October" can be told apart.
 */
function findMonths(sentence: string, found: Figure[]): void {
  for (const { guard, re } of MONTH_ALONE) {
    if (guard && !guard.test(sentence)) continue;
    for (const m of sentence.matchAll(re)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const month = MONTHS[m[1]!.toLowerCase()]!;
      const year = m[2] ? Number(m[2]) : undefined;
      const value = year ? year * 100 + month : month;
      found.push(dateFigure(sentence.slice(start, end), start, end, value, year ? 'month' : 'month-of-year'));
    }
  }
}

function dateFigure(text: string, start: number, end: number, value: number, unit: string): Figure {
  return {
    text,
    start,
    end,
    kind: 'date',
    value,
    low: value,
    high: value,
    qualifier: 'exact',
    unit,
    subject: null,
    scope: null,
  };
}
