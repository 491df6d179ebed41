import { PROFILES } from '../lang';

/**
 * Function words of every language the engine reads, folded (lower case, no accents). They carry no
 * claim, so they are neither indexed nor counted as shared words. Reporting verbs ("said", "dijo")
 * are among them: every news sentence has one. The lists are the profiles' (`lib/lang/`).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(PROFILES.flatMap((p) => p.stopWords));
