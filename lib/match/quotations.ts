import { straightenQuotes } from '../text/normalize';

/** A quotation of a sentence, as printed and lower-cased (trailing punctuation dropped). */
export interface Quotation {
  text: string;
  lower: string;
}

// Corpus sentences meet many page sentences: their quotations are read once (bounded memo).
const memo = new Map<string, Quotation[]>();

/** The quotations of a sentence (“…”, «…», "…"), three characters or more. */
export function quotationsOf(sentence: string): readonly Quotation[] {
  if (!/["“”«»]/.test(sentence)) return [];
  let found = memo.get(sentence);
  if (!found) {
    if (memo.size >= 5_000) memo.clear();
    found = [...straightenQuotes(sentence).matchAll(/"([^"]{3,}?)[,.!?]?"/g)].map((m) => {
      const text = m[1]!.replace(/[,.!?]$/, '').trim();
      return { text, lower: text.toLowerCase() };
    });
    memo.set(sentence, found);
  }
  return found;
}
