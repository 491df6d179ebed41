import type { Qualifier } from '../lang/types';

export type { Qualifier };

/** The figure's frame: one event, or a running total. Same number, other scope → a difference. */
export type Scope = 'single' | 'total' | null;

export type FigureKind = 'count' | 'percent' | 'money' | 'measure' | 'rate' | 'date';

/** One quantity found in a sentence, normalised for comparison. */
export interface Figure {
  /** The words of the figure as printed, e.g. "over 1,400 ground operations". */
  text: string;
  start: number;
  end: number;
  kind: FigureKind;
  /** The number as printed, normalised (2,700 → 2700; a rate is per day; a date is yyyymmdd or yyyy). */
  value: number | null;
  /** Another reading of an ambiguous separator ("18.400" in English text: 18.4 or 18,400). */
  altValue?: number;
  /** Lowest and highest true values the wording allows. */
  low: number;
  high: number;
  qualifier: Qualifier;
  /** Canonical unit: ton, kg, percent, pp, usd, eur, … or null for a plain count. */
  unit: string | null;
  /** The counted thing as a pivot term ("oper", "bomb", "laboratori", "cocain"), or null. */
  subject: string | null;
  scope: Scope;
}

/** A word or number of the sentence, with its place. */
export interface FigureToken {
  raw: string;
  fold: string;
  start: number;
  end: number;
}
