/**
 * Words that end in a period without ending a sentence, in English and Spanish, lower case and
 * without the final period. Initials ("J.") and dotted acronyms ("U.S.", "a.m.") are handled by
 * shape in split-sentences.ts, so they are not listed here.
 */
// prettier-ignore
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles and ranks
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'adm', 'cmdr', 'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'supt', 'insp', 'det', 'fr', 'messrs',
  // English reference and business words
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ch', 'fig', 'figs', 'ed', 'eds', 'est', 'approx', 'dept', 'univ',
  'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'vs', 'etc', 'cf', 'al', 'ca', 'ave', 'blvd', 'rd', 'mt', 'ft',
  // Months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // Spanish
  'sra', 'srta', 'dra', 'lic', 'ing', 'arq', 'abg', 'gral', 'cnel', 'tte', 'cap', 'sto', 'sta', 'dña', 'dn',
  'ud', 'uds', 'vd', 'vds', 'pág', 'págs', 'núm', 'nro', 'art', 'aprox', 'tel', 'av', 'avda', 'cía', 'depto',
  'ee', 'uu', 'ff', 'aa', 'ss', 'gob', 'pdte', 'excmo', 'excma',
]);

/**
 * Words that, capitalised after an ambiguous period ("U.S.", "a.m."), almost always open a new
 * sentence; any other capitalised word after such a period is read as part of a name ("U.S. President").
 */
// prettier-ignore
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'if',
  'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'officials', 'however', 'meanwhile',
  'then', 'later', 'now', 'today', 'yesterday', 'earlier', 'last', 'next', 'both', 'all', 'no', 'as', 'since',
  'el', 'la', 'los', 'las', 'un', 'una', 'en', 'pero', 'y', 'por', 'para', 'con', 'según', 'este', 'esta',
  'ese', 'esa', 'su', 'sus', 'se', 'además', 'sin', 'tras',
]);

/** Abbreviations that stand before a name and so never end a sentence. */
// prettier-ignore
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'sr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'supt', 'insp', 'det', 'fr', 'messrs', 'sra', 'srta', 'dra',
  'lic', 'ing', 'arq', 'abg', 'gral', 'cnel', 'tte', 'cap', 'dña', 'dn', 'excmo', 'excma', 'ee', 'pdte',
]);
