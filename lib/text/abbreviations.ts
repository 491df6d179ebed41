import { PROFILES } from '../lang';

// The word lists are the language profiles' (lib/lang/); the splitter reads all of them at once,
// since a page may quote the other language and abbreviations do not collide.

/**
 * Words that end in a period without ending a sentence, lower case and without the final period.
 * Initials ("J.") and dotted acronyms ("U.S.", "a.m.") are handled by shape in split-sentences.ts.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(PROFILES.flatMap((p) => p.abbreviations));

/**
 * Words that, capitalised after an ambiguous period ("U.S.", "a.m."), almost always open a new
 * sentence; any other capitalised word after such a period is read as part of a name ("U.S. President").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(PROFILES.flatMap((p) => p.sentenceStarters));

/** Abbreviations that stand before a name and so never end a sentence. */
export const TITLES: ReadonlySet<string> = new Set(PROFILES.flatMap((p) => p.titleAbbreviations));
