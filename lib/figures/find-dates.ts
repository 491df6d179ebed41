import type { Figure } from './types';

// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12, enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
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
 * "Dec. 3". Value is yyyymmdd, or mmdd with unit `day-of-year` when the year is not printed.
 */
export function findDates(sentence: string): Figure[] {
  const found: Figure[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const [year, month, day] = read(m as RegExpExecArray);
      if (day < 1 || day > 31) continue;
      const value = (year ?? 0) * 10000 + month * 100 + day;
      found.push({
        text: m[0],
        start,
        end,
        kind: 'date',
        value,
        low: value,
        high: value,
        qualifier: 'exact',
        unit: year ? 'date' : 'day-of-year',
        subject: null,
        scope: null,
      });
    }
  }
  return found;
}
