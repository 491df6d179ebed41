import type { LanguageProfile } from '../../lang';

// Where a sentence opens a clause of its own: a semicolon, colon or spaced dash; a comma before a
// relative or a conjunction of time ("…, which", "…, while"); and the profile's own breaks (a comma
// before a participle, "and" before a new verb). One pattern per profile, built once.
const breaks = new WeakMap<LanguageProfile, RegExp>();
function breaksOf(profile: LanguageProfile): RegExp {
  let pattern = breaks.get(profile);
  if (!pattern) {
    const { clauseOpeners, clauseBreaks } = profile.evidence;
    pattern = new RegExp(
      [
        String.raw`\s*[;:]\s+`,
        String.raw`\s+[—–]\s+`,
        String.raw`,\s+(?=(?:${clauseOpeners.join('|')})\b)`,
        ...clauseBreaks,
      ].join('|'),
      'gu',
    );
    breaks.set(profile, pattern);
  }
  return pattern;
}

/** Fewer words than this is no clause of its own: it stays with the clause before it. */
const MIN_WORDS = 3;

/**
 * The clauses of a sentence: its main clause and the ones it strings on ("…, alleging
 * involvement in…", "… while the U.S. maintains…"), each a claim that can be compared alone.
 */
export function splitClauses(sentence: string, profile: LanguageProfile): string[] {
  const clauses: string[] = [];
  let start = 0;
  for (const m of sentence.matchAll(breaksOf(profile))) {
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
