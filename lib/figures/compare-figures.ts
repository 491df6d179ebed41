import type { Figure } from './types';
import { SUBJECT_GROUPS } from './units';

/** How one page figure stands to the report's figure of the same thing. */
export interface FigurePair {
  page: Figure;
  report: Figure;
  /**
   * agree: the ranges overlap; conflict: they do not; scope: they agree but frame it otherwise;
   * apart: they differ, one counting one event and the other a running total ("the first missile
   * killed nine" / "strikes have killed 83 so far"): different quantities, not a conflict.
   */
  verdict: 'agree' | 'conflict' | 'scope' | 'apart';
}

const groupOf = new Map<string, number>();
SUBJECT_GROUPS.forEach((group, i) => group.forEach((term) => groupOf.set(term, i)));

function sameThing(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  const ga = groupOf.get(a);
  return ga !== undefined && ga === groupOf.get(b);
}

/**
 * Whether two figures count the same kind of thing, so that comparing them means something:
 * "13 bombings" and "12 raids" do, "13 bombings" and "12 arrests" do not. Measures, shares and
 * money compare by unit ("2,700 tons of cocaine" and "2,700 tons of the drug"); counts and rates
 * by what they count; years with years.
 */
export function comparable(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) {
    // "thousands of tonnes" is read as vague but carries its unit like a measure.
    const measures = (f: Figure) => f.kind === 'measure' || (f.kind === 'count' && f.unit !== null);
    if (!(measures(a) && measures(b))) return false;
  }
  // Dates compare when they date one event: their subjects are the words of the event.
  if (a.kind === 'date') return a.unit === b.unit && sameEvent(a.subject, b.subject);
  if (a.unit !== null || b.unit !== null) {
    if (a.unit !== b.unit) return false;
    return (
      a.subject === null ||
      b.subject === null ||
      a.subject === b.subject ||
      sameThing(a.subject, b.subject) ||
      a.kind !== 'count'
    );
  }
  return sameThing(a.subject, b.subject);
}

function readings(f: Figure): Array<[number, number]> {
  const main: [number, number] = [f.low, f.high];
  if (f.altValue === undefined || f.value === null || f.value === 0) return [main];
  const ratio = f.altValue / f.value;
  return [main, [f.low * ratio, f.high * ratio]];
}

/** Whether the two figures' ranges overlap under any reading of their separators. */
export function overlap(a: Figure, b: Figure): boolean {
  return readings(a).some(([al, ah]) => readings(b).some(([bl, bh]) => al <= bh && bl <= ah));
}

/**
 * Pairs each page figure with the report's figure of the same thing and judges it. A page figure
 * with several candidates takes the one it agrees with, if any: a report that prints both a total
 * and a target ("2,700 tons to date, approaching 4,000") agrees with a page that prints either.
 */
export function compareFigures(page: readonly Figure[], report: readonly Figure[]): FigurePair[] {
  const pairs: FigurePair[] = [];
  const used = new Set<Figure>();
  for (const p of page) {
    const candidates = report.filter((r) => !used.has(r) && comparable(p, r) && !ordersApart(p, r));
    if (candidates.length === 0) continue;
    const agreeing = candidates.find((r) => overlap(p, r));
    const r = agreeing ?? candidates[0]!;
    used.add(r);
    const scopeDiffers = p.scope !== null && r.scope !== null && p.scope !== r.scope;
    const verdict = agreeing ? (scopeDiffers ? 'scope' : 'agree') : scopeDiffers ? 'apart' : 'conflict';
    pairs.push({ page: p, report: r, verdict });
  }
  return pairs;
}

function sameEvent(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const words = a.split(' ');
  return b.split(' ').some((w) => words.some((v) => v === w || sameThing(v, w)));
}

/**
 * Outlets that disagree on a figure print numbers of one size ("13 bombings" / "12", "87 dead" /
 * "83", "30 billion doses" / "7 billion"); counts more than ten times apart are of different things,
 * a whole and a part: "killed at least 83 people" in all, "killed two people" in one strike.
 * Shares are bounded and compare at any size.
 */
const ORDERS_APART = 10;

function ordersApart(a: Figure, b: Figure): boolean {
  if (a.kind === 'percent' || a.kind === 'date') return false;
  const gap = (low: number, high: number) => (high > 0 ? low / high : Infinity);
  const ratio = a.high < b.low ? gap(b.low, a.high) : b.high < a.low ? gap(a.low, b.high) : 1;
  return ratio > ORDERS_APART;
}

/**
 * Whether a pair of figures counts the very same quantity (same thing counted, or same unit of
 * measure), which is strong evidence that two sentences state one claim, agreeing or not.
 */
export function sameQuantity(pair: FigurePair): boolean {
  const { page: p, report: r } = pair;
  if (p.kind === 'date') return false;
  return sameThing(p.subject, r.subject) || (p.unit !== null && p.unit !== 'percent' && p.unit === r.unit);
}

/**
 * Whether two agreeing figures are the same figure after normalisation ("84%" / "84 percent",
 * "1.446" / "1,446"), not merely compatible ("over 1,496" / "over 1,446", "at least 83" / "up to 83").
 */
export function equalFigures(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null || a.qualifier !== b.qualifier) return false;
  const values = (f: Figure) => (f.altValue === undefined ? [f.value] : [f.value, f.altValue]);
  return values(a).some((x) => values(b).includes(x));
}
