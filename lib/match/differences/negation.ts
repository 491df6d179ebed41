import { mayNegate } from '../../analysis/may-negate';
import { foldCase } from '../../text/normalize';
import { fromProfiles } from '../../text/patterns';
import { STOPWORDS } from '../../text/stopwords';
import type { DifferenceCheck, Phrasings } from './types';

// Every profile's words, over accent-folded sentences ("jamás" is read as "jamas", "negó" as "nego").
const words = (field: Parameters<typeof fromProfiles>[0], flags = 'iu') =>
  new RegExp(String.raw`\b${fromProfiles(field)}\b`, flags);
// Particles negate whatever follows them closely ("did not accept the invitation"); "not only" and
// "no solo" add rather than deny (the profiles' patterns say so).
const NEGATION = new RegExp(
  String.raw`\b${fromProfiles((p) => p.negation.particlePatterns)}\b|${fromProfiles((p) => p.negation.contractionPatterns)}\b`,
  'iu',
);
// Verbs of denial negate a statement or an offer ("denied the allegations", "rejected the
// invitation", "denied that…", "refused to…", "negó haber…"), not an event: "Petro rejected the
// strikes" is an opinion of the strikes, which still happened.
const DENIAL = words((p) => p.negation.denialVerbs);
const CLAUSE_AFTER_DENIAL = new RegExp(
  String.raw`^\s*${fromProfiles((p) => p.negation.deniedClausePatterns)}\b`,
  'iu',
);
const STATEMENT = new RegExp(`^${fromProfiles((p) => p.negation.statementStems)}`, 'iu');
const PURPOSE = words((p) => p.negation.purposePatterns);
// A negative verb under a negation affirms: "refused to rule out", "no descartó".
const NEGATIVE_VERB = words((p) => p.negation.negativeVerbPatterns);
const QUESTION = new RegExp(String.raw`\b${fromProfiles((p) => p.negation.questionWords)}\b|[¿?]`, 'iu');
// The verbs of alleging, not the nouns: "The allegations were confirmed" affirms.
const ALLEGING = new RegExp(`^${fromProfiles((p) => p.negation.allegingPatterns)}$`, 'u');
const ALLEGATION = words((p) => p.negation.allegationPatterns);
const SAYING = new RegExp(`^${fromProfiles((p) => p.negation.sayingStems)}`, 'u');

/**
 * A negation difference: one sentence negates a word both share and the other does not
 * ("Petro accepted the invitation" vs "Petro did not accept the invitation"). Each side's shared
 * words are looked for as that side prints them ("negó la invitación" / "denied the invitation").
 */
export function negationDifference(
  page: string,
  report: string,
  sharedWords: readonly string[],
  reportWords: readonly string[] = sharedWords,
): Phrasings | null {
  if (!mayNegate(page) && !mayNegate(report)) return null;
  const shared = new Set([...sharedWords, ...reportWords].map(foldCase));
  const a = negated(page, sharedWords, shared);
  const b = negated(report, reportWords, shared);
  if (Boolean(a) === Boolean(b)) return null;
  const denied = DENIAL.test(foldCase(a ?? b ?? ''));
  if (a ? asks(report, reportWords, denied) : asks(page, sharedWords, denied)) return null;
  return { page: a ?? '(affirmed)', report: b ?? '(affirmed)' };
}

/** The negating word before one of the words, as the sentence prints it, or null. */
function negated(sentence: string, words: readonly string[], shared: ReadonlySet<string>): string | null {
  const folded = foldCase(sentence);
  for (const word of words) {
    const at = folded.indexOf(foldCase(word));
    if (at < 0) continue;
    // Negation reaches back within the clause only: "did not accept the invitation", but not
    // "no se pronunció sobre la llamada" (what is negated there is speaking, not the call).
    const before = clauseBefore(folded, at);
    const near = before.split(/\s+/).slice(-4).join(' ');
    const particle = NEGATION.exec(near);
    // The particle negates the shared word only when nothing else the two do not share stands
    // between them: "will not accept threats" negates accepting, not the threats.
    const afterParticle = particle ? near.slice(particle.index + particle[0].length) : '';
    // A negation inside a purpose ("so that North Americans do not consume it", "para que no
    // llegue") states what was prevented, which the other side may say without a "not".
    if (
      particle &&
      !PURPOSE.test(before) &&
      !NEGATIVE_VERB.test(afterParticle) &&
      reaches(afterParticle, shared, namesIn(sentence))
    )
      return printed(sentence, folded, particle[0], at);
    const denial = DENIAL.exec(before);
    if (!denial) continue;
    // What is denied: a clause ("denied that…", "refused to…"), or a statement named on the way
    // to the shared word ("denied the allegations of drug trafficking", "denies any links to…").
    const between = before.slice(denial.index + denial[0].length);
    if (NEGATIVE_VERB.test(between)) continue;
    // The denied clause may start at the shared word itself: "denied inviting Trump".
    const clause = `${between}${foldCase(word)}`;
    if (CLAUSE_AFTER_DENIAL.test(clause) || [word, ...between.split(/\s+/)].some((w) => STATEMENT.test(w)))
      return printed(sentence, folded, denial[0], at);
  }
  return null;
}

/**
 * A question ("Whether Trump will accept the invitation remains unclear") affirms nothing, so it
 * cannot conflict with a negation; an allegation ("Washington has cast a shadow… by alleging his
 * involvement", "Trump has maintained that…") only reports a claim, which a denial answers
 * without conflict.
 */
function asks(sentence: string, words: readonly string[], denied: boolean): boolean {
  const folded = foldCase(sentence);
  return words.some((word) => {
    const at = folded.indexOf(foldCase(word));
    if (at < 0) return false;
    // An allegation is looked for further back: "Trump has maintained that Petro has been hostile".
    const before = clauseBefore(folded, at, 60);
    // The shared word may be the alleging verb itself: "Trump had accused Petro…".
    return QUESTION.test(before) || (denied && (ALLEGATION.test(before) || ALLEGING.test(foldCase(word))));
  });
}

/**
 * Whether a negation difference rests on a verb of denial ("denied", "rechazó") rather than a
 * particle: what is denied is a statement, so it is a difference only between versions known to
 * state the same claim ("Trump rejected Petro's invitation" does not deny that Petro issued one).
 */
export function isDenial(difference: Phrasings): boolean {
  return DENIAL.test(foldCase(`${difference.page} ${difference.report}`));
}

/** A negating word as the sentence prints it, accents and all ("negó", not "nego"). */
function printed(sentence: string, folded: string, word: string, before: number): string {
  const at = folded.lastIndexOf(word, before);
  return at < 0 ? word : sentence.slice(at, at + word.length);
}

/**
 * Whether a negation reaches a shared word: every word between them is a function word, a name, a
 * verb of saying ("never called Petro hostile" denies the calling, so the claim) or shared itself.
 */
function reaches(between: string, shared: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  return between
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w && !STOPWORDS.has(w) && !names.has(w) && !SAYING.test(w))
    .every((w) => [...shared].some((s) => w.startsWith(s) || s.startsWith(w)));
}

/** The capitalised words of a sentence, folded: its names. */
function namesIn(sentence: string): Set<string> {
  return new Set((sentence.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map(foldCase));
}

/** The text of a clause up to `at`, at most `reach` characters back. */
function clauseBefore(folded: string, at: number, reach = 30): string {
  return folded
    .slice(Math.max(0, at - reach), at)
    .split(/[,;:—–]/)
    .pop()!;
}

/** A denial counts only in a version known to state the same claim; a particle in any. */
export const negation = {
  aspect: 'negation',
  onlySameClaim: false,
  find: ({ page, report, sharedWords, reportSharedWords, sameClaim }) => {
    const found = negationDifference(page, report, sharedWords, reportSharedWords);
    return found && (sameClaim || !isDenial(found)) ? [found] : [];
  },
} as const satisfies DifferenceCheck;
