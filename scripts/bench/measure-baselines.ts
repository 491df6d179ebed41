import { performance } from 'node:perf_hooks';
import type { Corpus } from '@/lib';
import { compareText, splitSentences } from '@/lib';
import { isClaim } from '@/lib/analysis/is-claim';
import { fuseSearcher, measureFuse, type FuseMeasurement } from './baseline-fuse';
import { MiniSearchBaseline, type BaselineSentence } from './baseline-minisearch';
import type { BenchPage } from './bench-pages';
import { CANDIDATES_PER_SENTENCE, crosscheckCandidates } from './crosscheck-retrieval';
import { has, requiredPairs, type GoldFile } from './score-gold';
import { median, percentile, timeInBlocks } from './time-runs';

export interface BaselineMeasurement {
  /** The k of every retrieval recall below: the number of candidates Crosscheck scores per page sentence. */
  recallK: number;
  /**
   * Crosscheck's retrieval step and its whole analysis, timed in alternating blocks with MiniSearch's
   * retrieval on the same page text, so that the ratios compare runs made under about the same load.
   */
  crosscheck: { retrievalMsMedian: number; wholeMsMedian: number; recall: number };
  minisearch: { buildMs: number; heapBytes: number; pageMsMedian: number; pageMsP95: number; recall: number };
  fuse: FuseMeasurement & { pageMs: number; recall: number | null };
}

/** Per page sentence, the retrieved corpus sentences, best first. */
type SearchPage = (page: BenchPage) => Map<string, BaselineSentence[]>;

const perSentence = (search: (query: string) => BaselineSentence[]): SearchPage => {
  return (page) => new Map(splitSentences(page.text).map((s) => [s, search(s)]));
};

/**
 * Share of the gold's required pairs whose report sentence is among the top k retrieved for the page
 * sentence (the page's own report left out): the most that any matcher built on that retrieval could find.
 */
function retrievalRecall(
  searchPage: SearchPage,
  gold: GoldFile,
  pages: readonly BenchPage[],
  k: number,
): number {
  const required = requiredPairs(gold);
  const results = new Map<string, Map<string, BaselineSentence[]>>();
  let hit = 0;
  for (const pair of required) {
    const page = pages.find((p) => p.goldId === pair.page);
    if (!page) continue;
    if (!results.has(page.name)) results.set(page.name, searchPage(page));
    const found = [...results.get(page.name)!].some(
      ([sentence, hits]) =>
        has(sentence, pair.ps) &&
        hits
          .filter((s) => s.report !== pair.page)
          .slice(0, k)
          .some((s) => s.report === pair.report && has(s.text, pair.rs)),
    );
    if (found) hit++;
  }
  return required.length ? hit / required.length : 1;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * The retrieval step side by side: Crosscheck's own (index lookup of the claim sentences), MiniSearch
 * (BM25, whole sentence as the query) and fuse.js (full scan), over the corpus's sentences.
 */
export function measureBaselines(
  corpus: Corpus,
  target: BenchPage,
  pages: readonly BenchPage[],
  gold: GoldFile,
  budget: { pageMs: number; fuseCapMs: number },
): BaselineMeasurement {
  const k = CANDIDATES_PER_SENTENCE;
  const sentences: BaselineSentence[] = corpus.reports.flatMap((r) =>
    r.sentences.map((text) => ({ report: r.id, text })),
  );
  const targetSentences = splitSentences(target.text);
  const big = sentences.length > 50_000;
  const ownRecall = retrievalRecall((page) => crosscheckCandidates(corpus, page.text), gold, pages, k);

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let mini: MiniSearchBaseline | null = new MiniSearchBaseline(sentences, k + 10);
  const buildMs = performance.now() - t0;
  gc();
  const heapBytes = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
  // The same work on both sides: from the page text, split into sentences, the candidates of the
  // sentences Crosscheck looks up (those that state a claim; the others it analyses but never looks
  // up). MiniSearch is spared the analysis; Crosscheck's retrieval time includes it.
  const miniPage = (text: string) => mini!.page(splitSentences(text).filter(isClaim));
  // A whole-sentence BM25 query walks long postings: at 10,000 reports one page takes seconds, so fewer runs.
  const ownBudget = { warmup: 2, minRuns: 6, maxRuns: 40, budgetMs: budget.pageMs / 2 };
  const [own, whole, times] = timeInBlocks([
    { run: () => crosscheckCandidates(corpus, target.text), budget: ownBudget },
    { run: () => compareText(corpus, target.text), budget: ownBudget },
    {
      run: () => miniPage(target.text),
      budget: { warmup: big ? 0 : 2, minRuns: big ? 2 : 6, maxRuns: 30, budgetMs: budget.pageMs },
    },
  ]) as [number[], number[], number[]];
  const miniRecall = retrievalRecall(
    perSentence((q) => mini!.topK(q)),
    gold,
    pages,
    k,
  );
  mini = null;

  const fuse = measureFuse(sentences, targetSentences, budget.fuseCapMs);
  // Recall of the full scan only where a full scan finishes in reasonable time.
  const fuseRecall = sentences.length <= 3000 ? retrievalRecall(perSentence(fuseSearcher(sentences, k + 10)), gold, pages, k) : null; // prettier-ignore
  return {
    recallK: k,
    crosscheck: { retrievalMsMedian: median(own), wholeMsMedian: median(whole), recall: ownRecall },
    minisearch: {
      buildMs,
      heapBytes,
      pageMsMedian: median(times),
      pageMsP95: percentile(times, 95),
      recall: miniRecall,
    },
    fuse: { ...fuse, pageMs: fuse.queryMsMedian * targetSentences.length, recall: fuseRecall },
  };
}
