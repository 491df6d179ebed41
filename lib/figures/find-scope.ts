import type { Scope } from './types';

// Markers of a one-event figure and of a running total, English and Spanish (RESEARCH.md: "Scope").
const SINGLE =
  /\b(single|one-time|in one (raid|operation|haul|bust|shipment|strike|day|go)|un solo|una sola|en un solo|de una sola vez)\b/iu;
const TOTAL =
  /\b(to date|so far|thus far|in total|a total of|altogether|cumulative(ly)?|since (\d{4}|(he|she|they) took office)|during (his|her|their|the) (administration|government|tenure|term|mandate)|hasta (la fecha|ahora)|en total|en lo que va|desde \d{4}|durante (su|el) (gobierno|mandato)|acumulad[oa]s?)\b/iu;

/** Whether the sentence frames its figures as one event, a running total, or neither. */
export function findScope(sentence: string): Scope {
  if (SINGLE.test(sentence)) return 'single';
  if (TOTAL.test(sentence)) return 'total';
  return null;
}

/** The words of the sentence that set its scope, for showing the difference. */
export function scopeWords(sentence: string): string | null {
  return (SINGLE.exec(sentence) ?? TOTAL.exec(sentence))?.[0] ?? null;
}
