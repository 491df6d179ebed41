import { mergedTable } from '../lang';

// The tables are every profile's (lib/lang/), merged: figures are read in any language of a page.

/** Number words, folded, and their values. */
export const NUMBER_WORDS = mergedTable((p) => p.numbers.words);

/**
 * Words that multiply what comes before them in a number written out: "two hundred", "a dozen",
 * "un centenar", "un millar"; thousands and millions close a group ("dos mil setecientas").
 */
export const MULTIPLIER_WORDS = mergedTable((p) => p.numbers.multipliers);
export const GROUP_WORDS = mergedTable((p) => p.numbers.groups);

/** Scale words after a number: "2.7 million", "18 mil", "30 billion", "mil millones". */
export const SCALE_WORDS = mergedTable((p) => p.numbers.scales);

/**
 * Plural scale words used as vague amounts: "thousands of tonnes", "miles de toneladas",
 * "dozens of", "numerous". Each is the range of values the word allows.
 */
export const VAGUE_AMOUNTS = mergedTable((p) => p.numbers.vague);

/**
 * Shares printed as fractions, as a percentage: "half of", "la mitad de", "two thirds of", "dos
 * tercios de". They are read only before "of"/"de".
 */
export const FRACTIONS = mergedTable((p) => p.numbers.fractions);
