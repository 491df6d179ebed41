import { parseFigures } from '../figures/parse-figures';
import type { Figure } from '../figures/types';
import type { LanguageProfile } from '../lang';
import { collectNames, readWords, sentenceTerms, type Term } from '../text/terms';

/** A sentence with what the matcher reads from it. */
export interface AnalyzedSentence {
  text: string;
  terms: Term[];
  figures: Figure[];
  /** Index keys: plain terms, names as `@name`, figures as `#value`. */
  keys: string[];
}

/**
 * Reads the terms and figures of a text's sentences; names are learnt from the whole text and from
 * `context` (its headline), so that "Trump" opening a sentence is still a name.
 */
export function analyzeSentences(
  sentences: readonly string[],
  profile: LanguageProfile,
  context: readonly string[] = [],
): AnalyzedSentence[] {
  return analyzeText(sentences, profile, context).sentences;
}

/** A text's sentences as analyzeSentences reads them, with the names they were read with. */
export interface AnalyzedText {
  sentences: AnalyzedSentence[];
  /**
   * The names the text capitalises in mid-sentence (`collectNames` of its sentences), when its
   * context added none: then each sentence's terms are `sentenceTerms(text, profile, ownNames)`,
   * and a later reader of the same sentences with the same names can take them as they are.
   */
  ownNames: ReadonlySet<string> | null;
}

/** analyzeSentences, keeping the names it read for whoever reads the text's terms again. */
export function analyzeText(
  sentences: readonly string[],
  profile: LanguageProfile,
  context: readonly string[] = [],
): AnalyzedText {
  // collectNames reads each line on its own: the names of the whole are those of the parts.
  // Each sentence's words are read once, for the names and then for the terms.
  const words = sentences.map((text) => readWords(text));
  const own = collectNames(sentences, words);
  const added = collectNames(context.filter((line) => !isTitleCase(line)));
  const fromContext = [...added].some((name) => !own.has(name));
  const names = fromContext ? new Set([...own, ...added]) : own;
  const analyzed = sentences.map((text, at) => {
    const terms = sentenceTerms(text, profile, names, words[at]);
    const figures = parseFigures(text, profile);
    return { text, terms, figures, keys: indexKeys(terms, figures) };
  });
  return { sentences: analyzed, ownNames: fromContext ? null : own };
}

/** The keys a sentence is indexed and looked up by. */
export function indexKeys(terms: readonly Term[], figures: readonly Figure[]): string[] {
  const keys = new Set<string>();
  for (const t of terms) keys.add(t.isName ? `@${t.term}` : t.term);
  for (const f of figures) {
    // Small numbers ("two", "12") are everywhere; only figures of some size identify a claim.
    if (f.value === null || f.kind === 'date' || (f.value < 20 && f.kind !== 'percent')) continue;
    keys.add(figureKey(f.value));
    if (f.altValue !== undefined) keys.add(figureKey(f.altValue));
  }
  return [...keys];
}

export function figureKey(value: number): string {
  return `#${Number(value.toPrecision(6))}`;
}

export const isNameKey = (key: string): boolean => key.startsWith('@');
export const isFigureKey = (key: string): boolean => key.startsWith('#');

// "Petro Invites Trump to Colombia Amid …": every word capitalised says nothing about names.
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length > 0.6;
}
