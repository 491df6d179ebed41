import type { Corpus } from '@/lib';
import { compareText } from '@/lib';
import type { Match } from '@/lib';
import type { BenchPage } from './bench-pages';
import { scoreGold, type GoldFile, type GoldScore } from './score-gold';
import { median, percentile, timeRuns } from './time-runs';

export interface PageTiming {
  name: string;
  sentences: number;
  runs: number;
  msMedian: number;
  msP95: number;
  /** The fastest run: on a busy machine, the closest to what the page costs on an idle one. */
  msMin: number;
  matches: number;
}

export interface PagesMeasurement {
  pages: PageTiming[];
  /** The gold score on the bundled reports read as pages, counting matches to bundled reports only. */
  quality: GoldScore;
  /**
   * The same score with the display caps lifted (versions per page sentence and per report): with many
   * reports on one story, more versions of a claim exist than the panel shows, and the bundled reports'
   * versions can be outranked; this line shows whether retrieval still finds them.
   */
  qualityUncapped: GoldScore;
  /** Matches the bundled pages got from synthetic reports (the gold file cannot judge them). */
  syntheticMatches: number;
}

/** Times the engine's whole per-page analysis (compareText) on every page, and scores the bundled pages. */
export function measurePages(
  corpus: Corpus,
  pages: readonly BenchPage[],
  gold: GoldFile,
  bundledIds: ReadonlySet<string>,
  budgetMs: number,
): PagesMeasurement {
  const timings: PageTiming[] = [];
  const byPage = new Map<string, Match[]>();
  let syntheticMatches = 0;
  for (const page of pages) {
    let matches: Match[] = [];
    const times = timeRuns(
      () => {
        matches = compareText(corpus, page.text, {}, { title: page.title, url: page.url }).matches;
      },
      { warmup: 2, minRuns: 5, maxRuns: 40, budgetMs },
    );
    timings.push({
      name: page.name,
      sentences: page.sentences,
      runs: times.length,
      msMedian: median(times),
      msP95: percentile(times, 95),
      msMin: Math.min(...times),
      matches: matches.length,
    });
    if (page.goldId) {
      byPage.set(
        page.goldId,
        matches.filter((m) => bundledIds.has(m.report)),
      );
      syntheticMatches += matches.filter((m) => !bundledIds.has(m.report)).length;
    }
  }
  const uncapped = new Map<string, Match[]>();
  for (const page of pages.filter((p) => p.goldId)) {
    const uncappedOptions = { maxPerSentence: 1000, maxPerReport: 1000 };
    const { matches } = compareText(corpus, page.text, uncappedOptions, { title: page.title, url: page.url });
    uncapped.set(
      page.goldId!,
      matches.filter((m) => bundledIds.has(m.report)),
    );
  }
  return {
    pages: timings,
    quality: scoreGold(gold, byPage),
    qualityUncapped: scoreGold(gold, uncapped),
    syntheticMatches,
  };
}
