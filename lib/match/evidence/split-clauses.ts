import type { Language } from '../../text/language';
import { STORY_WORDS_EN } from './story-words-en';
import { STORY_WORDS_ES } from './story-words-es';

// Where a sentence opens a clause of its own, by language: a semicolon, colon or spaced dash; a
// comma before a relative or a conjunction of time ("…, which", "…, while"); a comma before a
// participle ("…, alleging involvement"); "and" before a new verb ("… and issued a warning").
const BREAKS: Record<Language, RegExp> = {
  en: new RegExp(
    [
      String.raw`\s*[;:]\s+`,
      String.raw`\s+[—–]\s+`,
      String.raw`,\s+(?=(?:${STORY_WORDS_EN.clauseOpeners.join('|')})\b)`,
      String.raw`\s+(?=(?:while|whereas|after|following)\s)`,
      String.raw`,\s+(?=\p{Ll}+(?:ing|ed)\s)`,
      String.raw`,?\s+(?=(?:and|but)\s+(?:(?:has|have|had|was|were|is|will)\s+)?\p{Ll}+(?:ing|ed)\s)`,
    ].join('|'),
    'gu',
  ),
  es: new RegExp(
    [
      String.raw`\s*[;:]\s+`,
      String.raw`\s+[—–]\s+`,
      String.raw`,\s+(?=(?:${STORY_WORDS_ES.clauseOpeners.join('|')})\b)`,
      String.raw`\s+(?=(?:mientras|tras)\s)`,
      String.raw`,\s+(?=\p{Ll}+(?:[aá]ndo|i[eé]ndo)(?:l[aeo]s?|se|me|nos)?\s)`,
      String.raw`,?\s+(?=(?:y|pero)\s+\p{Ll}+(?:ó|aron|ieron|ando|iendo)\s)`,
    ].join('|'),
    'gu',
  ),
};

/** Fewer words than this is no clause of its own: it stays with the clause before it. */
const MIN_WORDS = 3;

/**
 * The clauses of a sentence: its main clause and the ones it strings on ("…, alleging
 * involvement in…", "… while the U.S. maintains…"), each a claim that can be compared alone.
 */
export function splitClauses(sentence: string, language: Language): string[] {
  const clauses: string[] = [];
  let start = 0;
  for (const m of sentence.matchAll(BREAKS[language])) {
    push(clauses, sentence.slice(start, m.index));
    start = m.index + m[0].length;
  }
  push(clauses, sentence.slice(start));
  return clauses;
}

function push(clauses: string[], piece: string): void {
  const text = piece.trim();
  if (!text) return;
  const words = text.split(/\s+/).length;
  if (words < MIN_WORDS && clauses.length > 0) clauses[clauses.length - 1] += ` ${text}`;
  else clauses.push(text);
}
