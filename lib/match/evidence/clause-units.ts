import type { LanguageProfile } from '../../lang';
import { sentenceTerms } from '../../text/terms';
import { isNameKey } from '../../analysis/analyze-sentence';
import { isTellingKey } from '../../analysis/telling-verbs';
import { firstFrameOf, type Frame } from './event-frames';
import { splitClauses } from './split-clauses';
import type { StoryEntities } from './story-entities';

/** A clause as the second look compares it: its keys, its participants and its head event. */
export interface ClauseUnit {
  text: string;
  keys: string[];
  /** Carries a word of the claim (not a name, not a verb of telling). */
  hasEvent: boolean;
  /** Carries a name. */
  hasParticipant: boolean;
  /** Its participants: the story's places and people it names. */
  participants: string[];
  /** The kind of act it reports first, its head event ("invited … to see the destruction": invite). */
  frame: Frame | null;
  /** Prints a number: a count or amount of its own. */
  hasFigure: boolean;
}

/** The clauses of a sentence, keyed as the index keys sentences. */
export function clauseUnits(
  sentence: string,
  profile: LanguageProfile,
  knownNames: ReadonlySet<string>,
  story: StoryEntities,
): ClauseUnit[] {
  const plain = sentence.replace(profile.evidence.namingPhrases, ' ');
  const known = new Set([...story.places, ...story.persons]);
  const units = splitClauses(plain, profile).map((text) => {
    const keys = new Set(
      sentenceTerms(text, profile, knownNames).map((t) => (t.isName ? `@${t.term}` : t.term)),
    );
    const list = [...keys];
    return {
      text,
      keys: list,
      hasEvent: list.some((k) => !isNameKey(k) && !isTellingKey(k)),
      hasParticipant: list.some(isNameKey),
      participants: list.filter((k) => known.has(k)),
      frame: headFrame(list),
      hasFigure: /\d/u.test(text),
    };
  });
  return units;
}

function headFrame(keys: readonly string[]): Frame | null {
  for (const key of keys) {
    const frame = firstFrameOf(key);
    if (frame !== null) return frame;
  }
  return null;
}

/** The best-matching pair of clauses of two sentences, each a claim on its own. */
export interface ClauseMatch {
  score: number;
  sharedKeys: string[];
  page: string;
  report: string;
  /** Both clauses print numbers (counts, amounts): then only a shared quantity ties them. */
  bothFigures: boolean;
}

/**
 * The closest pair of clauses that each carry a word of the claim and a participant: the cosine
 * of their weighted keys. Sentences that string several claims together ("…, alleging
 * involvement in…, and issued a warning") are compared claim by claim.
 */
export function bestClauseMatch(
  page: readonly ClauseUnit[],
  report: readonly ClauseUnit[],
  weightOf: (key: string) => number,
  accept: (sharedKeys: readonly string[], page: ClauseUnit, report: ClauseUnit) => boolean = () => true,
): ClauseMatch | null {
  let best: ClauseMatch | null = null;
  for (const p of page) {
    if (!p.hasEvent || !p.hasParticipant) continue;
    const pWeight = sum(p.keys, weightOf);
    for (const r of report) {
      if (!r.hasEvent || !r.hasParticipant) continue;
      const theirs = new Set(r.keys);
      const sharedKeys = p.keys.filter((k) => theirs.has(k));
      if (!accept(sharedKeys, p, r)) continue;
      const rWeight = sum(r.keys, weightOf);
      const score = pWeight && rWeight ? sum(sharedKeys, weightOf) / Math.sqrt(pWeight * rWeight) : 0;
      if (!best || score > best.score)
        best = { score, sharedKeys, page: p.text, report: r.text, bothFigures: p.hasFigure && r.hasFigure };
    }
  }
  return best;
}

function sum(keys: readonly string[], weightOf: (key: string) => number): number {
  let total = 0;
  for (const k of keys) total += weightOf(k);
  return total;
}
