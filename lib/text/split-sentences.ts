import { ABBREVIATIONS, SENTENCE_STARTERS, TITLES } from './abbreviations';
import { normalizeText } from './normalize';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']']);
// What may open a sentence: a capital, a digit, an opening quote or bracket, Spanish ¿ ¡.
const OPENER = /[\p{Lu}\p{N}"“‘'«(¿¡[]/u;
// A sentence worth the name has a letter or a digit: "...", "!!!" or "?!" alone is not one.
const HAS_WORD = /[\p{L}\p{N}]/u;
// Sticky patterns read at a position (lastIndex), so no pass copies or rescans the rest of the block.
const LEADING_OPENERS = /["“‘'«(¿¡[]*/uy;
const WORD_AT = /[\p{L}\p{N}]+/uy;
const NEXT_WORD_AFTER = /[\p{L}\p{N}]+\s+(\p{L}+)/uy;
const WORD_CHAR = /[\p{L}\p{N}.]/u;
// Longer "words" before a period are not abbreviations; the backward read stops there.
const MAX_WORD = 40;

/**
 * Splits text into sentences, in English and Spanish.
 *
 * Each line is a block of its own, so headlines, subheads and list items stay whole. Inside a
 * block a sentence ends at . ! ? … followed by a space and a capital, except after an
 * abbreviation ("Mr.", "Dr.", "EE. UU."), an initial ("J."), a dotted acronym followed by a
 * name ("U.S. President"), or inside an open quotation that closes later in the block, so quotes
 * are kept whole. Pieces without a letter or digit ("...", "!!!") are not sentences.
 *
 * Linear in the length of the text: each character is read a bounded number of times, so a page
 * of dots or of abbreviations cannot stall the reader.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of normalizeText(text).split('\n')) {
    const block = line.replace(/\s+/g, ' ').trim();
    if (!block) continue;
    for (const sentence of splitBlock(block))
      if (HAS_WORD.test(sentence)) out.push(...cutOverlong(sentence, MAX_SENTENCE_CHARS));
  }
  return out;
}

/**
 * The longest sentence the engine reads whole. News sentences run to about 300 characters (the
 * longest in the fixtures, reports and gold pages is 298); a longer "sentence" is a list, a table
 * or a page without full stops, and every later pass over a sentence is bounded by this length.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** A run-on sentence cut into pieces of at most `max` characters, at a space where there is one. */
function cutOverlong(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 2 ? space : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces.filter((piece) => HAS_WORD.test(piece));
}

function splitBlock(block: string): string[] {
  const sentences: string[] = [];
  const quoteCloses = closingQuotePositions(block);
  let start = 0;
  let openQuoteUntil = -1;
  for (let i = 0; i < block.length; i++) {
    if (quoteCloses.has(i)) openQuoteUntil = quoteCloses.get(i)!;
    if (!TERMINAL.has(block[i]!)) continue;
    // A run of marks ("...", "?!", '."') is read once and decided once, from its first mark.
    const first = i;
    let end = i + 1;
    let moreMarks = false;
    while (end < block.length && (TERMINAL.has(block[end]!) || CLOSERS.has(block[end]!))) {
      if (quoteCloses.has(end)) openQuoteUntil = quoteCloses.get(end)!;
      if (TERMINAL.has(block[end]!)) moreMarks = true;
      end++;
    }
    i = end - 1;
    if (block[end] !== ' ' || !OPENER.test(block[end + 1] ?? '')) continue;
    // Inside a quotation that closes after this point: the quote is one piece with its sentence.
    if (openQuoteUntil >= end) continue;
    // A lone period may be an abbreviation's; "!", "?", "…" and runs ("...", "Mr.!") end a sentence.
    if (block[first] === '.' && !moreMarks && !periodEndsSentence(block, first, end + 1)) continue;
    sentences.push(block.slice(start, end).trim());
    start = end + 1;
  }
  const rest = block.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The word that ends just before `dot`: letters, digits and inner dots ("U.S", "EE. UU" → "UU"). */
function wordBefore(block: string, dot: number): string {
  let from = dot;
  while (from > 0 && dot - from < MAX_WORD && WORD_CHAR.test(block[from - 1]!)) from--;
  return block.slice(from, dot);
}

/** The word at `at`, after any opening quotes or brackets, and the position of that word. */
function wordAfter(block: string, at: number): { word: string; at: number } {
  LEADING_OPENERS.lastIndex = at;
  LEADING_OPENERS.exec(block);
  const wordAt = LEADING_OPENERS.lastIndex;
  WORD_AT.lastIndex = wordAt;
  return { word: WORD_AT.exec(block)?.[0] ?? '', at: wordAt };
}

function periodEndsSentence(block: string, dot: number, next: number): boolean {
  const bare = wordBefore(block, dot).replace(/^\.+/, '').toLowerCase();
  const after = wordAfter(block, next);
  const nextWord = after.word;
  if (TITLES.has(bare)) return false; // "Mr. Trump", "Gen. Smith", "Sra. López"
  const opener = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  // "…the threats of EE. UU. Petro told the crowd…", "…before 4 p.m. Petro then spoke…": after a
  // country's initials or a time, a name followed by a lower-case word opens a sentence, while
  // "U.S. President Donald Trump" and "U.S. Drug Enforcement Administration" run on.
  if (COUNTRY_OR_TIME.test(bare)) return opener || opensWithName(block, after.at, nextWord);
  // "No. 2", "Main St. The…": other abbreviations end a sentence only before a common opener.
  if (ABBREVIATIONS.has(bare)) return opener;
  // A single letter: an initial ("J. Smith") unless it is a whole-word pronoun like "I".
  if (/^\p{L}$/u.test(bare) && bare !== 'i') return false;
  // Dotted acronyms ("U.N.", "EE.UU."): a boundary only before a typical sentence opener.
  if (/^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(bare)) return opener;
  return true;
}

const COUNTRY_OR_TIME = /^(u\.s|u\.k|ee\.uu|uu|a\.m|p\.m)$/u;
// Capitalised words that continue a name after "U.S." rather than start a sentence.
// prettier-ignore
const AFTER_COUNTRY = new Set([
  'president', 'vice', 'secretary', 'ambassador', 'attorney', 'senator', 'representative', 'officials', 'official',
  'navy', 'army', 'air', 'marines', 'coast', 'military', 'forces', 'treasury', 'congress', 'senate', 'house',
  'embassy', 'department', 'government', 'administration', 'southern', 'central', 'special', 'state', 'justice',
  'defense', 'drug', 'customs', 'border', 'federal', 'eastern', 'pacific', 'et', 'est', 'edt', 'gmt', 'utc',
  // "at 7 a.m. Wednesday he posted again"
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

function opensWithName(block: string, wordAt: number, nextWord: string): boolean {
  if (!/^\p{Lu}/u.test(nextWord) || AFTER_COUNTRY.has(nextWord.toLowerCase())) return false;
  NEXT_WORD_AFTER.lastIndex = wordAt;
  const following = NEXT_WORD_AFTER.exec(block)?.[1] ?? '';
  return /^\p{Ll}/u.test(following);
}

/**
 * Maps the index of each opening quote to the index of its closing mate, within one block.
 * Straight quotes open after a space or bracket and close elsewhere; an unmatched opening quote
 * maps to nothing, so a stray mark cannot swallow the rest of the paragraph.
 */
function closingQuotePositions(block: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: Array<{ at: number; mark: string }> = [];
  for (let i = 0; i < block.length; i++) {
    const ch = block[i]!;
    const prev = i === 0 ? ' ' : block[i - 1]!;
    const opensHere = ch === '“' || ch === '«' || (ch === '"' && /[\s([{—–-]/u.test(prev));
    const closesHere = ch === '”' || ch === '»' || (ch === '"' && !opensHere);
    if (opensHere) stack.push({ at: i, mark: ch });
    else if (closesHere) {
      const open = stack.pop();
      if (open) pairs.set(open.at, i);
    }
  }
  return pairs;
}
