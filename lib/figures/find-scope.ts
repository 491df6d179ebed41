import type { Scope } from './types';

// Markers of a one-event figure and of a running total, English and Spanish (RESEARCH.md: "Scope").
const SINGLE =
  /\b(single|one-time|in one (raid|operation|haul|bust|shipment|strike|day|go)|un solo|una sola|en un solo|de una sola vez)\b/giu;
const TOTAL =
  /\b(to date|so far|thus far|in total|a total of|altogether|cumulative(ly)?|since (\d{4}|(he|she|they) took office)|(during|under) (his|her|their|the) (administration|government|tenure|term|mandate|presidency)|in (his|her|their) (tenure|term|presidency)|hasta (la fecha|ahora)|en total|en lo que va|desde \d{4}|(durante|en|bajo) (su|el) (gobierno|mandato|presidencia)|acumulad[oa]s?)\b/giu;
/** How far (in characters) a scope marker may stand from the figure it frames. */
const REACH = 80;

interface Marker {
  scope: Exclude<Scope, null>;
  words: string;
  start: number;
  end: number;
}

/** The scope markers of a sentence, with their places. */
export function scopeMarkers(sentence: string): Marker[] {
  const found: Marker[] = [];
  for (const [re, scope] of [
    [SINGLE, 'single'],
    [TOTAL, 'total'],
  ] as const) {
    for (const m of sentence.matchAll(re))
      found.push({ scope, words: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * The marker nearest to a figure within reach, so that in "the largest single seizure, 2,700
 * tons, and over 1,400 operations during his administration" each figure gets its own frame.
 */
export function nearestMarker(markers: readonly Marker[], start: number, end: number): Marker | null {
  let best: Marker | null = null;
  let bestDistance = REACH + 1;
  for (const m of markers) {
    const distance = m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0;
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  return best;
}
