import { mergedTable } from '../lang';

/**
 * Unit words, folded, and their canonical unit, of every profile. Metric and short tons are one
 * unit here: news writers use "tons" and "tonnes" for the same figure, and the ~10 % between them
 * is below what the comparison can tell from rounding anyway.
 */
export const UNITS = mergedTable((p) => p.units);

/** Currency signs before a number. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'usd',
  US$: 'usd',
  USD: 'usd',
  '€': 'eur',
  '£': 'gbp',
  COP: 'cop',
};

/** Time units of a rate, in days, of every profile. */
export const TIME_UNITS = mergedTable((p) => p.timeUnits);

/**
 * Things counted that are the same kind of thing for comparison ("13 bombings" vs "12 raids"
 * compare; "13 bombings" vs "12 arrests" do not). Each group is named by its first term; terms
 * are pivot terms (English stems), see lib/text/terms.ts.
 */
// prettier-ignore
export const SUBJECT_GROUPS: readonly (readonly string[])[] = [
  ['bomb', 'strike', 'raid', 'attack', 'airstrik'],
  ['oper', 'battl', 'offens', 'combat', 'mission', 'clash'],
  ['kill', 'peopl', 'person', 'victim', 'casualti', 'fatal', 'live'],
  ['laboratori', 'factori', 'plant', 'mill', 'kitchen'],
  ['arrest', 'detain', 'detent', 'captur'],
  ['vessel'],
  ['dose'],
];
