import { PIVOT } from '../lang';
import { termOf } from '../text/terms';
import type { PreparedCorpusJson } from './corpus-format';

/**
 * What the corpus's story is made of, for telling a page about it from a page about something
 * else: each story key (a name or event word several reports print, and rare in English at large)
 * with the share of reports that print it, and the least story score of a page about the story.
 */
export interface StoryProfile {
  keys: Record<string, number>;
  threshold: number;
}

/**
 * A word ranked among the 2,000 commonest English stems ("said", "country", "white") tells nothing
 * about which story a page tells. 1,500 and 2,000 separate the test pages alike; 2,500 lets so few
 * words through that a page about the story is told by its names alone (margins in DESIGN.md).
 */
export const STORY_COMMON_RANK = 2_000;
/** A key printed by one report only is that report's, not the story's. */
export const STORY_MIN_REPORTS = 2;
/**
 * A page about the story scores at least this share of the median report's own score. Measured with
 * `npx tsx scripts/story-gate-margins.ts`: 0.42 sits between the highest page about another story
 * (a speech by the same president on climate) and the lowest page about this one.
 */
export const STORY_SHARE_OF_MEDIAN = 0.42;

/**
 * A corpus tells one story when a few keys are printed by half its reports or more (the bundled one:
 * 20 keys, Petro, Trump, Colombia, cocaine among them). A corpus of many stories has no such core
 * (1,000 reports of the benchmark's news: one key, "ministry"); its profile would be a mix of every
 * story, so the gate stays open (threshold 0) rather than shut out pages about one of them.
 */
export const STORY_CORE_SHARE = 0.5;
export const STORY_MIN_CORE_KEYS = 3;

/**
 * Whether a key can tell which story a text tells: a name or a word outside the commonest English
 * stems, never a figure. A name is as common as the word it is ("White House", "United States").
 */
export function tellsStory(key: string, commonRank: (stem: string) => number | undefined): boolean {
  if (key.startsWith('#')) return false;
  const word = key.startsWith('@') ? termOf(key.slice(1), PIVOT) : key;
  const rank = word ? commonRank(word) : undefined;
  return rank === undefined || rank > STORY_COMMON_RANK;
}

/**
 * Finds the story keys from each report's keys (names `@name`, words as stems, figures `#n`),
 * given the rank of a stem among the commonest English stems (undefined when rarer).
 */
export function findStoryProfile(
  reportKeys: ReadonlyArray<Iterable<string>>,
  commonRank: (stem: string) => number | undefined,
): StoryProfile {
  const reports = reportKeys.map((keys) => new Set(keys));
  const counts = new Map<string, number>();
  for (const keys of reports) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const keys: Record<string, number> = {};
  for (const [key, n] of counts) {
    if (n < STORY_MIN_REPORTS || !tellsStory(key, commonRank)) continue;
    keys[key] = Math.round((n / reports.length) * 1000) / 1000;
  }
  const core = Object.values(keys).filter((share) => share >= STORY_CORE_SHARE).length;
  if (core < STORY_MIN_CORE_KEYS) return { keys, threshold: 0 };
  const scores = reports.map((r) => storyScore(keys, r)).sort((a, b) => a - b);
  const median = scores.length ? scores[(scores.length - 1) >> 1]! : 0;
  return { keys, threshold: Math.round(median * STORY_SHARE_OF_MEDIAN * 100) / 100 };
}

/**
 * How much of the story a set of keys covers: the sum of the squared shares of the story keys among
 * them. Squared, so that the story's core (what every report prints) counts far more than a word two
 * reports happen to share; a page about the same people on another subject lacks part of that core.
 */
export function storyScore(story: Record<string, number>, keys: Iterable<string>): number {
  let score = 0;
  for (const key of new Set(keys)) {
    // Own keys only: a page's word "constructor" is no story key.
    if (Object.hasOwn(story, key)) score += story[key]! ** 2;
  }
  return Math.round(score * 100) / 100;
}

/** The story of a prepared corpus: stored by preparation, found afresh for a file prepared before it was. */
export function storyOfPrepared(prepared: PreparedCorpusJson): StoryProfile {
  if (prepared.story) return prepared.story;
  const ranks = new Map(prepared.commonStems.map((stem, i) => [stem, i + 1]));
  const keysOf = (ids: number[][]) => ids.flat().map((id) => prepared.vocabulary[id]!);
  return findStoryProfile(
    prepared.reports.map((report) => keysOf(report.keys)),
    (stem) => ranks.get(stem),
  );
}

/**
 * The story of each collection of a prepared corpus, by collection name ('' for reports of no
 * collection): a page is compared with a collection only when it tells that collection's story, so a
 * reader's own sources on another story are judged by their own story, not the bundled one.
 */
export function storiesOfPrepared(prepared: PreparedCorpusJson): Map<string, StoryProfile> {
  const collectionOf = (report: PreparedCorpusJson['reports'][number]) =>
    (report as { collection?: string }).collection ?? '';
  const groups = new Map<string, PreparedCorpusJson['reports']>();
  for (const report of prepared.reports) {
    const name = collectionOf(report);
    groups.set(name, [...(groups.get(name) ?? []), report]);
  }
  if (groups.size <= 1) return new Map([[[...groups.keys()][0] ?? '', storyOfPrepared(prepared)]]);
  const ranks = new Map(prepared.commonStems.map((stem, i) => [stem, i + 1]));
  const keysOf = (ids: number[][]) => ids.flat().map((id) => prepared.vocabulary[id]!);
  return new Map(
    [...groups].map(([name, reports]) => [
      name,
      findStoryProfile(
        reports.map((report) => keysOf(report.keys)),
        (stem) => ranks.get(stem),
      ),
    ]),
  );
}
