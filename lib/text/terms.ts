import { PIVOT, PROFILES, type LanguageProfile } from '../lang';
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
const BARE_PREFIXES = new Set(PROFILES.flatMap((p) => p.barePrefixes));
const SKIPPED = new Set(PROFILES.flatMap((p) => p.skippedWords));

// Capitalised before a name ("President Petro") but words of the claim, not names: "presidente"
// in Spanish is lower case, and "the president" says the same.
const TITLE_WORDS = new Set(PROFILES.flatMap((p) => p.titleWords));

/** A record's own entry: the lexicons are plain objects, and "constructor" is no word of theirs. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

// The pivot language's synonym groups: each word's stem maps onto the group's first word's stem.
const pivotConcept = new Map<string, string>();
for (const group of PROFILES.flatMap((p) => p.lexicon.synonyms)) {
  const head = PIVOT.stem(group[0]!);
  for (const word of group) pivotConcept.set(PIVOT.stem(word), head);
}

function pivotTerm(folded: string): string {
  const stem = PIVOT.stem(folded);
  return pivotConcept.get(stem) ?? stem;
}

/** The pivot term of a folded common word, or null for a function word or a bare number. */
export function termOf(folded: string, profile: LanguageProfile): string | null {
  let memo = memos.get(profile);
  if (!memo) memos.set(profile, (memo = new Map()));
  const known = memo.get(folded);
  if (known !== undefined) return known;
  const term = computeTerm(folded, profile);
  // News repeats its words: stemming each once is most of the saving. Bounded, so a long session
  // of reading cannot grow it without end.
  if (memo.size >= 50_000) memo.clear();
  memo.set(folded, term);
  return term;
}

const memos = new Map<LanguageProfile, Map<string, string | null>>();

function computeTerm(folded: string, profile: LanguageProfile): string | null {
  if (STOPWORDS.has(folded) || folded.length < 2 || /^\d/.test(folded)) return null;
  if (isMannerAdverb(folded, profile)) return null;
  if (profile.pivot) return pivotTerm(folded);
  const stem = profile.stem(folded);
  const pivot = own(profile.lexicon.toPivot, folded) ?? byStem(profile).get(stem);
  return pivot ? pivotTerm(pivot) : stem;
}

const stemLexicons = new Map<LanguageProfile, Map<string, string>>();

/**
 * A lexicon by stem, so that one entry covers a word's inflections: "negó" is listed, "negaron"
 * and "negado" are not, and all three stem to "neg". Stems shorter than four letters, and stems
 * two entries would send to different pivot words, are left out: they are too likely to be
 * another word's ("cas" of "casa" is also "casado").
 */
function byStem(profile: LanguageProfile): Map<string, string> {
  const known = stemLexicons.get(profile);
  if (known) return known;
  const found = new Map<string, string | null>();
  for (const [word, pivot] of Object.entries(profile.lexicon.toPivot)) {
    const stem = profile.stem(word);
    if (stem.length < 4) continue;
    const seen = found.get(stem);
    if (seen === undefined) found.set(stem, pivot);
    else if (seen !== null && pivotTerm(seen) !== pivotTerm(pivot)) found.set(stem, null);
  }
  const table = new Map([...found].filter((e): e is [string, string] => e[1] !== null));
  stemLexicons.set(profile, table);
  return table;
}

function nameTerm(folded: string, profile: LanguageProfile): string {
  const bare = folded.replace(/\./g, '');
  return own(profile.lexicon.toPivot, bare) ?? bare;
}

/**
 * The terms of one sentence. Capitalised words inside the sentence, and acronyms, are names;
 * a capitalised first word is a name only when the text also capitalises it mid-sentence
 * (`knownNames`) or another capitalised word follows it ("Colombian President …").
 */
export function sentenceTerms(
  sentence: string,
  profile: LanguageProfile,
  knownNames?: ReadonlySet<string>,
  { words, quoted }: SentenceWords = readWords(sentence),
): Term[] {
  const terms: Term[] = [];
  const calendars = calendarOf(profile);
  words.forEach((match, i) => {
    const surface = withoutPossessive(match[0]);
    const folded = foldCase(surface);
    const initial =
      i === 0 || OPENING_CONTEXT.test(sentence.slice(Math.max(0, match.index - 3), match.index));
    // Inside a quotation capitals are the speaker's emphasis ("a Great Honor"): only words the
    // text capitalises elsewhere are names there.
    const name = inside(quoted, match.index)
      ? isName(surface, folded, true, undefined, knownNames)
      : isName(surface, folded, initial, words[i + 1]?.[0], knownNames);
    const calendar = calendars.get(folded);
    if (name || calendar) {
      terms.push({ term: calendar ?? nameTerm(folded, profile), surface, isName: true });
      return;
    }
    // "so-called" says how a thing is named, not that anyone called anyone.
    if (SKIPPED.has(folded)) return;
    const parts = !folded.includes('-')
      ? [folded]
      : isFixedCompound(folded)
        ? [folded.replace(/-/g, '')]
        : folded.split('-').filter((p) => !BARE_PREFIXES.has(p));
    for (const part of parts) {
      const term = termOf(part.replace(/['’]/g, ''), profile);
      if (term) terms.push({ term, surface, isName: false });
    }
  });
  return terms;
}

/** "Petro's" → "Petro", "Colombia’s" → "Colombia". */
function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

// Each profile's calendar names as a Map: looked up for every word of every sentence.
const calendarMaps = new Map<LanguageProfile, ReadonlyMap<string, string>>();
function calendarOf(profile: LanguageProfile): ReadonlyMap<string, string> {
  let map = calendarMaps.get(profile);
  if (!map) calendarMaps.set(profile, (map = new Map(Object.entries(profile.lexicon.calendar))));
  return map;
}

function isName(
  surface: string,
  folded: string,
  initial: boolean,
  next: string | undefined,
  knownNames: ReadonlySet<string> | undefined,
): boolean {
  // Most words start with a small ASCII letter, which no test below lets through.
  const first = surface.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(surface) && surface.replace(/\./g, '').length >= 2) return true;
  if (!/^\p{Lu}/u.test(surface) || STOPWORDS.has(folded) || TITLE_WORDS.has(folded)) return false;
  if (!initial) return true;
  return Boolean(knownNames?.has(folded)) || (next !== undefined && /^\p{Lu}/u.test(next));
}

/** A sentence's words and quotations, as `sentenceTerms` and `collectNames` read them. */
export interface SentenceWords {
  words: readonly RegExpExecArray[];
  quoted: ReadonlyArray<[number, number]>;
}

/** Reads a sentence's words once for a caller that gives them to both readers (analyzeText). */
export function readWords(sentence: string): SentenceWords {
  return { words: [...sentence.matchAll(WORD)], quoted: quotedRanges(sentence) };
}

/** Words a text capitalises in mid-sentence: its names, used to read sentence-initial words. */
export function collectNames(sentences: readonly string[], read?: readonly SentenceWords[]): Set<string> {
  const names = new Set<string>();
  for (const [at, sentence] of sentences.entries()) {
    const { words, quoted } = read?.[at] ?? readWords(sentence);
    words.forEach((match, i) => {
      if (i > 0 && /^\p{Lu}/u.test(match[0]) && !inside(quoted, match.index)) {
        names.add(foldCase(withoutPossessive(match[0])));
      }
    });
  }
  return names;
}

const QUOTE_CLOSER: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"' };
const QUOTE_OPENER = /[“«"]/;

/**
 * Character ranges of a sentence's quotations (“…”, «…», "…"). One pass: an opening mark whose
 * closing mark never comes is passed over once, not rescanned to the end for every later mark.
 */
export function quotedRanges(sentence: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Most sentences quote nothing: one search finds that, without a lookup per character.
  const first = sentence.search(QUOTE_OPENER);
  if (first < 0) return ranges;
  const unclosed = new Set<string>();
  for (let i = first; i < sentence.length; i++) {
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

const notAdverbs = new Map(PROFILES.map((p) => [p, new Set<string>(p.mannerAdverbs.except)]));

/**
 * An adverb of manner ("publicly", "vehemently", "formalmente"): how a thing was said or done, which
 * reports word as they like, not what was claimed. Read by the profile's ending, with its exceptions.
 */
function isMannerAdverb(folded: string, profile: LanguageProfile): boolean {
  const { suffix, minLength } = profile.mannerAdverbs;
  return folded.length >= minLength && folded.endsWith(suffix) && !notAdverbs.get(profile)?.has(folded);
}

/**
 * A hyphenated phrase built round a function word ("face-to-face", "up-to-date", "one-on-one") is
 * one word: its parts on their own ("face", "date") say something else.
 */
function isFixedCompound(folded: string): boolean {
  const parts = folded.split('-');
  return parts.length >= 3 && parts.slice(1, -1).some((p) => STOPWORDS.has(p));
}
