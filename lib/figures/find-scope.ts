import type { Scope } from './types';

// Markers of a one-event figure and of a running total, English and Spanish (RESEARCH.md: "Scope").
// A figure tied to one occurrence ("the first missile", "one boat", "on Tuesday", "el martes") and a
// cumulative one ("so far", "in all", "since September", "have killed", "han muerto") count
// different quantities. `\b` is ASCII-only, so the edges are letter lookarounds ("última").
const EVENT = String.raw`(strike|missile|attack|raid|boat|vessel|bombing|operation|incident|blast|explosion|shooting|seizure|ataque|misil|bombardeo|lancha|barco|embarcaci[oó]n|operaci[oó]n|incidente|explosi[oó]n|incautaci[oó]n)`;
const DAY = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)`;
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)`;
const edged = (body: string) => new RegExp(String.raw`(?<![\p{L}\d])(${body})(?![\p{L}\d])`, 'giu');
const SINGLE = edged(
  [
    String.raw`single|one-time|in one (raid|operation|haul|bust|shipment|strike|day|go)|un solo|una sola|en un solo|de una sola vez`,
    String.raw`(the|its|their|that) (first|second|third|fourth|latest|most recent|initial|earliest|last) ${EVENT}`,
    String.raw`one ${EVENT}|(el|la|su) (primer|primera|segundo|segunda|tercer|tercera|[uú]ltimo|[uú]ltima) ${EVENT}`,
    String.raw`un ${EVENT}|una (lancha|embarcaci[oó]n|operaci[oó]n|explosi[oó]n)`,
    String.raw`on ${DAY}|(el|este|ese) ${DAY}|yesterday|ayer`,
  ].join('|'),
);
const TOTAL = edged(
  [
    String.raw`to date|so far|thus far|in total|in all|a total of|altogether|cumulative(ly)?`,
    String.raw`since (\d{4}|${MONTH}|(he|she|they) took office|the (start|beginning) of)`,
    String.raw`(during|under) (his|her|their|the) (administration|government|tenure|term|mandate|presidency)|in (his|her|their) (tenure|term|presidency)`,
    String.raw`(have|has) (so far |now )?(killed|died|been killed|left)`,
    String.raw`hasta (la fecha|ahora|el momento)|en total|en lo que va|desde (\d{4}|${MONTH}|el (inicio|comienzo))|acumulad[oa]s?`,
    String.raw`(durante|en|bajo) (su|el) (gobierno|mandato|presidencia)|(han|ha) (matado|muerto|dejado)`,
  ].join('|'),
);
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
