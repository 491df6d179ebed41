import { sentenceTerms } from '../../text/terms';
import { PROFILES } from '../../lang';

/** The kind of act a sentence reports: "invite", "meet", "accuse", … (story-words-*.ts). */
export type Frame = string;

let byTerm: Map<string, Set<Frame>> | undefined;

// Triggers are read as the matcher reads words, so a Spanish word the lexicon carries across
// ("invitó" → invite) and its English trigger land on one term.
function triggers(): Map<string, Set<Frame>> {
  if (byTerm) return byTerm;
  byTerm = new Map();
  for (const profile of PROFILES) {
    for (const [frame, words] of Object.entries(profile.evidence.frames)) {
      for (const word of words) {
        for (const t of sentenceTerms(word, profile)) {
          const frames = byTerm.get(t.term) ?? new Set<Frame>();
          frames.add(frame);
          byTerm.set(t.term, frames);
        }
      }
    }
  }
  return byTerm;
}

/** The event frames whose trigger words are among a sentence's (or clause's) keys. */
export function framesOf(keys: Iterable<string>): Set<Frame> {
  const found = new Set<Frame>();
  const table = triggers();
  for (const key of keys) for (const f of table.get(key) ?? []) found.add(f);
  return found;
}

/** The first event frame a key triggers (as `framesOf([key])` lists them), or null. */
export function firstFrameOf(key: string): Frame | null {
  const frames = triggers().get(key);
  if (frames) for (const f of frames) return f;
  return null;
}

/** Whether an index key triggers an event frame. */
export function isFrameKey(key: string): boolean {
  return triggers().has(key);
}

// Acts that answer or carry out one another: a denial answers an accusation, a strike carries out
// a threat, a condemnation answers either. Reports of one are versions of the other's story.
// prettier-ignore
const ANSWERS: ReadonlyArray<readonly [Frame, Frame]> = [
  ['accuse', 'deny'], ['accuse', 'condemn'], ['threaten', 'condemn'], ['strike', 'condemn'], ['threaten', 'strike'],
  ['strike', 'kill'], ['seize', 'destroy'], ['threaten', 'deny'],
];

/**
 * How the frames of two sentences stand: `shared` when they report one kind of act, `conflict`
 * when each reports acts and none is the same or answers the other (an invitation is not a phone
 * call), else `none`.
 */
export function compareFrames(a: ReadonlySet<Frame>, b: ReadonlySet<Frame>): 'shared' | 'conflict' | 'none' {
  if (a.size === 0 || b.size === 0) return 'none';
  for (const f of a) if (b.has(f)) return 'shared';
  for (const [x, y] of ANSWERS) if ((a.has(x) && b.has(y)) || (a.has(y) && b.has(x))) return 'none';
  return 'conflict';
}
