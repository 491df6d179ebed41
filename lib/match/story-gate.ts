import { storyScore, type StoryProfile } from '../corpus/story-keys';
import type { AnalyzedSentence } from '../analysis/analyze-sentence';

/** Whether a page is about the corpus's story, and by how much. */
export interface StoryVerdict {
  /** The page's story score (lib/corpus/story-keys.ts), over all its sentences at once. */
  score: number;
  /** True when the page is long enough to tell and does not tell the corpus's story. */
  offStory: boolean;
}

/**
 * Fewer sentences than this are a passage, not a page: too short to tell which story they belong to
 * (a claim quoted in a test, a pasted paragraph), so they are compared as a selection is. The
 * shortest news pages of the test sets have 5.
 */
export const MIN_SENTENCES_TO_JUDGE = 4;

/**
 * Below this many sentences a page is a brief: too short to print much of the story's vocabulary,
 * so it also passes when it prints the story's core (`tellsCore`). Measured on the Spanish briefs of
 * tests/fixtures/labels/ (4–6 sentences, story scores 4.3–5.4, under the threshold of 6.15 that a
 * 7-sentence page about Petro on climate, 5.6, also stays under).
 */
export const BRIEF_SENTENCES = 10;
/** The core of a story: keys every report of the corpus prints (share 1). */
const CORE_SHARE = 1;

/**
 * Judges a page as a whole (its headline with its sentences), never sentence by sentence: a page about another story shares a name, a
 * word or a figure with some report sentence by chance ("the first half", "p. 84"), and only the
 * whole page shows that it tells another story.
 */
export function judgeStory(
  story: StoryProfile,
  sentences: readonly AnalyzedSentence[],
  headline: readonly AnalyzedSentence[] = [],
): StoryVerdict {
  const keys = [...headline, ...sentences].flatMap((s) => s.keys);
  const score = storyScore(story.keys, keys);
  const judged = sentences.length >= MIN_SENTENCES_TO_JUDGE && score < story.threshold;
  const brief = sentences.length < BRIEF_SENTENCES && tellsCore(story.keys, keys);
  return { score, offStory: judged && !brief };
}

/**
 * Whether a text prints the story's core: two of the names and one of the words that every report
 * prints ("Petro", "Trump" and "cocaine"; a page about the same president on climate names him and
 * says nothing of the rest, a port seizure elsewhere says "cocaine" and names none of them).
 */
function tellsCore(story: Readonly<Record<string, number>>, keys: readonly string[]): boolean {
  const core = new Set(keys.filter((k) => Object.hasOwn(story, k) && story[k]! >= CORE_SHARE));
  const names = [...core].filter((k) => k.startsWith('@')).length;
  return names >= 2 && core.size > names;
}
