import { PROFILES } from '../lang';
import { straightenQuotes } from '../text/normalize';

/** A quotation of a sentence, as printed (trailing punctuation dropped) and as plain words. */
export interface Quotation {
  text: string;
  /** Lower case, contractions spelt out, punctuation dropped: "I'll show you," = "I will show you". */
  lower: string;
}

// Contractions of every profile, spelt out ("won't" = "will not").
const CONTRACTIONS = PROFILES.flatMap((p) => p.contractions);

function plainWords(text: string): string {
  let plain = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [re, full] of CONTRACTIONS) plain = plain.replace(re, full);
  return plain
    .replace(/[^\p{L}\p{N}'%$€]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
      return { text, lower: plainWords(text) };
    });
    memo.set(sentence, found);
  }
  return found;
}
