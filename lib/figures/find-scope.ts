import { PROFILES } from '../lang';
import type { Scope } from './types';

// Markers of a one-event figure and of a running total, from every profile (RESEARCH.md: "Scope"). A
// figure tied to one occurrence ("the first missile", "one boat", "on Tuesday", "el martes") and a
// cumulative one ("so far", "in all", "since September", "have killed", "han muerto") count different
// quantities. `\b` is ASCII-only, so the edges are letter lookarounds ("última").
const marker = (list: readonly string[]) =>
  new RegExp(String.raw`(?<![\p{L}\d])(${list.join('|')})(?![\p{L}\d])`, 'giu');
const SINGLE = marker(PROFILES.flatMap((p) => p.scopePatterns.single));
const TOTAL = marker(PROFILES.flatMap((p) => p.scopePatterns.total));
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
