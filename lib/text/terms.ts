import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import type { Language } from './language';
import { ENGLISH_SYNONYMS, SPANISH_CALENDAR, SPANISH_TO_ENGLISH } from './lexicon';
import { foldCase } from './normalize';
import { STOPWORDS } from './stopwords';

/** A word of a sentence as the matcher sees it. */
export interface Term {
  /** The pivot term: an English stem or concept, a Spanish stem, or a folded name. */
  term: string;
  /** The word as printed, for "why this match". */
  surface: string;
  isName: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const OPENING_CONTEXT = /(^|[“"‘'«(:—–-]\s*)$/u;
// Prefixes that say nothing on their own once a hyphenated word is split.
const BARE_PREFIXES = new Set(['anti', 'pro', 'ex', 'non', 'co', 'self', 'so', 'cross', 'well', 'de', 're']);

// Capitalised before a name ("President Petro") but words of the claim, not names: "presidente"
// in Spanish is lower case, and "the president" says the same.
// prettier-ignore
const TITLE_WORDS = new Set([
  'president', 'presidente', 'minister', 'ministro', 'secretary', 'secretario', 'senator', 'senador', 'governor',
  'general', 'admiral', 'commander', 'defense', 'defence', 'foreign', 'interior', 'state', 'former', 'vice', 'prime',
  'chancellor', 'king', 'queen', 'pope', 'ambassador', 'mayor', 'leader',
]);

const englishConcept = new Map<string, string>();
for (const group of ENGLISH_SYNONYMS) {
  const head = stemEnglish(group[0]!);
  for (const word of group) englishConcept.set(stemEnglish(word), head);
}

function englishTerm(folded: string): string {
  const stem = stemEnglish(folded);
  return englishConcept.get(stem) ?? stem;
}

/** The pivot term of a folded common word, or null for a function word or a bare number. */
export function termOf(folded: string, language: Language): string | null {
  const memo = language === 'es' ? spanishTerms : englishTerms;
  const known = memo.get(folded);
  if (known !== undefined) return known;
  const term = computeTerm(folded, language);
  // News repeats its words: stemming each once is most of the saving. Bounded, so a long session
  // of reading cannot grow it without end.
  if (memo.size >= 50_000) memo.clear();
  memo.set(folded, term);
  return term;
}

const englishTerms = new Map<string, string | null>();
const spanishTerms = new Map<string, string | null>();

function computeTerm(folded: string, language: Language): string | null {
  if (STOPWORDS.has(folded) || folded.length < 2 || /^\d/.test(folded)) return null;
  if (isMannerAdverb(folded, language)) return null;
  if (language === 'es') {
    const stem = stemSpanish(folded);
    const english = SPANISH_TO_ENGLISH[folded] ?? spanishByStem().get(stem);
    return english ? englishTerm(english) : stem;
  }
  return englishTerm(folded);
}

let byStem: Map<string, string> | undefined;

/**
 * The lexicon by Spanish stem, so that one entry covers a word's inflections: "negó" is listed,
 * "negaron" and "negado" are not, and all three stem to "neg". Stems shorter than four letters,
 * and stems two entries would send to different English words, are left out: they are too
 * likely to be another word's ("cas" of "casa" is also "casado").
 */
function spanishByStem(): Map<string, string> {
  if (byStem) return byStem;
  const found = new Map<string, string | null>();
  for (const [word, english] of Object.entries(SPANISH_TO_ENGLISH)) {
    const stem = stemSpanish(word);
    if (stem.length < 4) continue;
    const seen = found.get(stem);
    if (seen === undefined) found.set(stem, english);
    else if (seen !== null && englishTerm(seen) !== englishTerm(english)) found.set(stem, null);
  }
  byStem = new Map([...found].filter((e): e is [string, string] => e[1] !== null));
  return byStem;
}

function nameTerm(folded: string, language: Language): string {
  const bare = folded.replace(/\./g, '');
  if (language === 'es') return SPANISH_TO_ENGLISH[bare] ?? bare;
  return bare;
}

/**
 * The terms of one sentence. Capitalised words inside the sentence, and acronyms, are names;
 * a capitalised first word is a name only when the text also capitalises it mid-sentence
 * (`knownNames`) or another capitalised word follows it ("Colombian President …").
 */
export function sentenceTerms(
  sentence: string,
  language: Language,
  knownNames?: ReadonlySet<string>,
): Term[] {
  const terms: Term[] = [];
  const words = [...sentence.matchAll(WORD)];
  const quoted = quotedRanges(sentence);
  words.forEach((match, i) => {
    const surface = match[0].replace(/['’]s$/u, '');
    const folded = foldCase(surface);
    const initial =
      i === 0 || OPENING_CONTEXT.test(sentence.slice(Math.max(0, match.index - 3), match.index));
    // Inside a quotation capitals are the speaker's emphasis ("a Great Honor"): only words the
    // text capitalises elsewhere are names there.
    const name = inside(quoted, match.index)
      ? isName(surface, folded, true, undefined, knownNames)
      : isName(surface, folded, initial, words[i + 1]?.[0], knownNames);
    const calendar = language === 'es' ? SPANISH_CALENDAR[folded] : undefined;
    if (name || calendar) {
      terms.push({ term: calendar ?? nameTerm(folded, language), surface, isName: true });
      return;
    }
    // "so-called" says how a thing is named, not that anyone called anyone.
    if (folded === 'so-called') return;
    const parts = !folded.includes('-')
      ? [folded]
      : isFixedCompound(folded)
        ? [folded.replace(/-/g, '')]
        : folded.split('-').filter((p) => !BARE_PREFIXES.has(p));
    for (const part of parts) {
      const term = termOf(part.replace(/['’]/g, ''), language);
      if (term) terms.push({ term, surface, isName: false });
    }
  });
  return terms;
}

function isName(
  surface: string,
  folded: string,
  initial: boolean,
  next: string | undefined,
  knownNames: ReadonlySet<string> | undefined,
): boolean {
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(surface) && surface.replace(/\./g, '').length >= 2) return true;
  if (!/^\p{Lu}/u.test(surface) || STOPWORDS.has(folded) || TITLE_WORDS.has(folded)) return false;
  if (!initial) return true;
  return Boolean(knownNames?.has(folded)) || (next !== undefined && /^\p{Lu}/u.test(next));
}

/** Words a text capitalises in mid-sentence: its names, used to read sentence-initial words. */
export function collectNames(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const quoted = quotedRanges(sentence);
    const words = [...sentence.matchAll(WORD)];
    words.forEach((match, i) => {
      if (i > 0 && /^\p{Lu}/u.test(match[0]) && !inside(quoted, match.index)) {
        names.add(foldCase(match[0].replace(/['’]s$/u, '')));
      }
    });
  }
  return names;
}

const QUOTE_CLOSER: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"' };

/**
 * Character ranges of a sentence's quotations (“…”, «…», "…"). One pass: an opening mark whose
 * closing mark never comes is passed over once, not rescanned to the end for every later mark.
 */
export function quotedRanges(sentence: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const unclosed = new Set<string>();
  for (let i = 0; i < sentence.length; i++) {
    const closer = QUOTE_CLOSER[sentence[i]!];
    if (closer === undefined || unclosed.has(closer)) continue;
    const end = sentence.indexOf(closer, i + 1);
    if (end < 0) unclosed.add(closer);
    else {
      ranges.push([i, end + 1]);
      i = end;
    }
  }
  return ranges;
}

function inside(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  return ranges.some(([start, end]) => at > start && at < end);
}

// Words of six letters or more in -ly that are not adverbs of manner: adjectives that name a property
// of the claim ("deadly strikes", "weekly flights") and nouns and verbs.
// prettier-ignore
const NOT_ADVERBS = new Set([
  'family', 'supply', 'assembly', 'anomaly', 'monopoly', 'multiply', 'comply', 'homily', 'deadly', 'costly',
  'elderly', 'friendly', 'unfriendly', 'weekly', 'monthly', 'yearly', 'nightly', 'hourly', 'quarterly', 'butterfly',
]);

/**
 * An adverb of manner ("publicly", "vehemently", "formalmente"): how a thing was said or done, which
 * reports word as they like, not what was claimed.
 */
function isMannerAdverb(folded: string, language: Language): boolean {
  if (language === 'es') return folded.length >= 8 && folded.endsWith('mente');
  return folded.length >= 6 && folded.endsWith('ly') && !NOT_ADVERBS.has(folded);
}

/**
 * A hyphenated phrase built round a function word ("face-to-face", "up-to-date", "one-on-one") is
 * one word: its parts on their own ("face", "date") say something else.
 */
function isFixedCompound(folded: string): boolean {
  const parts = folded.split('-');
  return parts.length >= 3 && parts.slice(1, -1).some((p) => STOPWORDS.has(p));
}
