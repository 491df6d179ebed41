import { performance } from 'node:perf_hooks';
import type { Corpus } from '@/lib/corpus/load-corpus';
import { splitSentences } from '@/lib/text/split-sentences';
import { fuseSearcher, measureFuse, type FuseMeasurement } from './baseline-fuse';
import { MiniSearchBaseline, type BaselineSentence } from './baseline-minisearch';
import type { BenchPage } from './bench-pages';
import { has, requiredPairs, type GoldFile } from './score-gold';
import { median, percentile, timeRuns } from './time-runs';

export interface BaselineMeasurement {
  minisearch: {
    buildMs: number;
    heapBytes: number;
    pageMsMedian: number;
    pageMsP95: number;
    recallAt10: number;
  };
  fuse: FuseMeasurement & { pageMs: number; recallAt10: number | null };
}

type Search = (query: string) => BaselineSentence[];

/**
 * Share of the gold's required pairs whose report sentence is among a baseline's top 10 for the page
 * sentence (the page's own report left out): the most that any matcher built on that retrieval could find.
 */
function recallAt10(search: Search, gold: GoldFile, pages: readonly BenchPage[]): number {
  const required = requiredPairs(gold);
  let hit = 0;
  for (const pair of required) {
    const page = pages.find((p) => p.goldId === pair.page);
    const queries = page ? splitSentences(page.text).filter((s) => has(s, pair.ps)) : [];
    const found = queries.some((q) =>
      search(q)
        .filter((s) => s.report !== pair.page)
        .slice(0, 10)
        .some((s) => s.report === pair.report && has(s.text, pair.rs)),
    );
    if (found) hit++;
  }
  return required.length ? hit / required.length : 1;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** MiniSearch (BM25, top 10) and fuse.js (full scan) doing the retrieval step over the corpus's sentences. */
export function measureBaselines(
  corpus: Corpus,
  target: BenchPage,
  pages: readonly BenchPage[],
  gold: GoldFile,
  budget: { pageMs: number; fuseCapMs: number },
): BaselineMeasurement {
  const sentences: BaselineSentence[] = corpus.reports.flatMap((r) =>
    r.sentences.map((text) => ({ report: r.id, text })),
  );
  const targetSentences = splitSentences(target.text);

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let mini: MiniSearchBaseline | null = new MiniSearchBaseline(sentences, 20);
  const buildMs = performance.now() - t0;
  gc();
  const heapBytes = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
  const times = timeRuns(() => mini!.page(targetSentences), {
    warmup: 1,
    minRuns: 3,
    maxRuns: 30,
    budgetMs: budget.pageMs,
  });
  const miniRecall = recallAt10((q) => mini!.topK(q), gold, pages);
  mini = null;

  const fuse = measureFuse(sentences, targetSentences, budget.fuseCapMs);
  // Recall of the full scan only where a full scan finishes in reasonable time.
  const fuseRecall = sentences.length <= 3000 ? recallAt10(fuseSearcher(sentences, 20), gold, pages) : null;
  return {
    minisearch: {
      buildMs,
      heapBytes,
      pageMsMedian: median(times),
      pageMsP95: percentile(times, 95),
      recallAt10: miniRecall,
    },
    fuse: { ...fuse, pageMs: fuse.queryMsMedian * targetSentences.length, recallAt10: fuseRecall },
  };
}
