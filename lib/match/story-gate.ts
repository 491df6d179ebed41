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
 * Judges a page as a whole (its headline with its sentences), never sentence by sentence: a page about another story shares a name, a
 * word or a figure with some report sentence by chance ("the first half", "p. 84"), and only the
 * whole page shows that it tells another story.
 */
export function judgeStory(
  story: StoryProfile,
  sentences: readonly AnalyzedSentence[],
  headline: readonly AnalyzedSentence[] = [],
): StoryVerdict {
  const score = storyScore(
    story.keys,
    [...headline, ...sentences].flatMap((s) => s.keys),
  );
  return { score, offStory: sentences.length >= MIN_SENTENCES_TO_JUDGE && score < story.threshold };
}
