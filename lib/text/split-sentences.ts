import { ABBREVIATIONS, SENTENCE_STARTERS, TITLES } from './abbreviations';
import { normalizeText } from './normalize';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']']);
// What may open a sentence: a capital, a digit, an opening quote or bracket, Spanish ¿ ¡.
const OPENER = /[\p{Lu}\p{N}"“‘'«(¿¡[]/u;

/**
 * Splits text into sentences, in English and Spanish.
 *
 * Each line is a block of its own, so headlines, subheads and list items stay whole. Inside a
 * block a sentence ends at . ! ? … followed by a space and a capital, except after an
 * abbreviation ("Mr.", "Dr.", "EE. UU."), an initial ("J."), a dotted acronym followed by a
 * name ("U.S. President"), or inside an open quotation that closes later in the block, so quotes
 * are kept whole.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of normalizeText(text).split('\n')) {
    const block = line.replace(/\s+/g, ' ').trim();
    if (block) out.push(...splitBlock(block));
  }
  return out;
}

function splitBlock(block: string): string[] {
  const sentences: string[] = [];
  const quoteCloses = closingQuotePositions(block);
  let start = 0;
  let openQuoteUntil = -1;
  for (let i = 0; i < block.length; i++) {
    const ch = block[i]!;
    if (quoteCloses.has(i)) openQuoteUntil = quoteCloses.get(i)!;
    if (!TERMINAL.has(ch)) continue;
    let end = i + 1;
    while (end < block.length && (TERMINAL.has(block[end]!) || CLOSERS.has(block[end]!))) end++;
    if (block[end] !== ' ' || !OPENER.test(block[end + 1] ?? '')) continue;
    // Inside a quotation that closes after this point: the quote is one piece with its sentence.
    if (openQuoteUntil >= end) continue;
    if (ch === '.' && !periodEndsSentence(block, i, end + 1)) continue;
    sentences.push(block.slice(start, end).trim());
    start = end + 1;
  }
  const rest = block.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function periodEndsSentence(block: string, dot: number, next: number): boolean {
  const before = block.slice(0, dot);
  const word = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? '';
  const bare = word.replace(/^\.+/, '').toLowerCase();
  const nextWord = /^[\p{L}\p{N}]+/u.exec(block.slice(next).replace(/^["“‘'«(¿¡[]+/u, ''))?.[0] ?? '';
  if (TITLES.has(bare)) return false; // "Mr. Trump", "Gen. Smith", "Sra. López"
  const opener = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  // "…the threats of EE. UU. Petro told the crowd…", "…before 4 p.m. Petro then spoke…": after a
  // country's initials or a time, a name followed by a lower-case word opens a sentence, while
  // "U.S. President Donald Trump" and "U.S. Drug Enforcement Administration" run on.
  if (COUNTRY_OR_TIME.test(bare)) return opener || opensWithName(block.slice(next), nextWord);
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

function opensWithName(rest: string, nextWord: string): boolean {
  if (!/^\p{Lu}/u.test(nextWord) || AFTER_COUNTRY.has(nextWord.toLowerCase())) return false;
  const following = /^[\p{L}\p{N}]+\s+([\p{L}]+)/u.exec(rest.replace(/^["“‘'«(¿¡[]+/u, ''))?.[1] ?? '';
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
