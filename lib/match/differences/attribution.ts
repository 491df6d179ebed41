import { PROFILES } from '../../lang';
import { foldCase } from '../../text/normalize';
import { fromProfiles } from '../../text/patterns';
import { SentenceMemo } from '../../analysis/sentence-memo';
import type { DifferenceCheck, Phrasings } from './types';

// Reporting verbs before or after the speaker: "Petro said", "Petro has also said", "said Petro.",
// "according to the DEA". Not "citing Al Jazeera": that names the outlet a report relays, not who
// made the claim. The speaker after the verb counts only where the clause ends there
// ("…,” said Petro."): in "Trump said Colombia was producing cocaine" Colombia is what was said about.
const SPEAKER = String.raw`((?:\p{Lu}[\p{L}.’'-]*\s?){1,3})`;
const AUXILIARY = String.raw`(?:${fromProfiles((p) => p.attribution.auxiliaryPatterns)}\s+)*`;
// The verb ends where letters do: \b is ASCII-only, and would never end "afirmó".
const VERB_AFTER = String.raw`${fromProfiles((p) => p.attribution.verbsAfterSpeaker)}(?![\p{L}\p{N}])`;
// A lower-case article may open a source named after "according to" ("the DEA").
const SOURCE_ARTICLE = fromProfiles((p) => p.attribution.sourceArticles);
const VERB_BEFORE = fromProfiles((p) => p.attribution.verbsBeforeSpeaker);
const ATTRIBUTION = new RegExp(
  String.raw`${fromProfiles((p) => p.attribution.accordingToPatterns)}\s+((?:${SOURCE_ARTICLE}\s+)?(?:\p{Lu}[\p{L}.’'-]*\s?){1,4})` +
    String.raw`|${SPEAKER}\s+${AUXILIARY}${VERB_AFTER}` +
    String.raw`|${VERB_BEFORE}\s+${SPEAKER}(?=\s*(?:[.,;:!?]|$))`,
  'gu',
);
const NOBODY = new Set(PROFILES.flatMap((p) => p.attribution.nobody));
const ARTICLES = new Set(PROFILES.flatMap((p) => p.attribution.articles));

// A corpus sentence is compared with many page sentences: its sources are read once.
const attributions = new SentenceMemo(readAttribution);

/** Who a sentence attributes its claim to, as printed ("Petro", "the DEA"), if anyone. */
export function findAttribution(sentence: string): string[] {
  return attributions.get(sentence);
}

function readAttribution(sentence: string): string[] {
  const found: string[] = [];
  for (const m of sentence.matchAll(ATTRIBUTION)) {
    // "said Petro." reads the full stop into the name; initials ("U.S.") keep theirs.
    const who = (m[1] ?? m[2] ?? m[3] ?? '').trim().replace(/(?<=\p{L}{3})\.$/u, '');
    // A pronoun or a capitalised opener ("The", "He") is no one in particular.
    if (who && !NOBODY.has(who.toLowerCase())) found.push(who);
  }
  return found;
}

/**
 * An attribution difference: both sentences say who made the claim, and no one is in both.
 * "Petro said" vs "Trump said" diverge; "Petro said" vs "he said" say nothing.
 */
export function attributionDifference(page: string, report: string): Phrasings | null {
  const a = findAttribution(page);
  const b = findAttribution(report);
  if (a.length === 0 || b.length === 0) return null;
  const wa = nameWords(a);
  if ([...nameWords(b)].some((w) => wa.has(w))) return null;
  return { page: a.join(', '), report: b.join(', ') };
}

/**
 * The words that identify the named sources, with each long name's initials: "the DEA" and "Drug
 * Enforcement Administration" are one source.
 */
function nameWords(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    const parts = name.split(/\s+/).filter((w) => !ARTICLES.has(foldCase(w)));
    for (const part of parts) words.add(foldCase(part).replace(/\./g, ''));
    const capitals = parts.filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length >= 2) words.add(foldCase(capitals.map((w) => w[0]).join('')));
  }
  return words;
}

/**
 * Another speaker is a difference only in a version known to state the same claim: two loosely
 * similar sentences by different people ("Petro announced at a cabinet meeting…", "Trump told a
 * cabinet meeting…") are two statements, not one claim attributed twice.
 */
export const attribution = {
  aspect: 'attribution',
  onlySameClaim: true,
  find: ({ page, report }) => {
    const found = attributionDifference(page, report);
    return found ? [found] : [];
  },
} as const satisfies DifferenceCheck;
