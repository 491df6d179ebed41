import { describe, expect, it } from 'vitest';
import { formatTables, type BenchRow } from './format-table';
import type { GoldScore } from './score-gold';

const score: GoldScore = {
  recall: 0.9, precision: 0.8, f1: 0.847, label: 1, found: 9, required: 10, truePositives: 8, falsePositives: 2,
  labelled: 3, labelChecks: 3, leaks: 0, reach: 0.9, reached: 9, offered: 0,
}; // prettier-ignore
const row = (reports: number, extrapolated: boolean, scored = true): BenchRow => ({
  reports, sentences: reports * 14, buildMs: 1234, indexBytes: 2_500_000, indexGzipBytes: 600_000, loadMs: 45,
  pageMsMedian: 8, pageMsP95: 12, pageMsMin: 7, pageSentences: 60, heapBytes: 30e6, indexHeapBytes: 5e6, indexArrayBufferBytes: 1e6,
  addReportMs: 20, addReportMsMedian: 6, fuseMsMedian: 40_000, fuseExtrapolated: extrapolated, fuseQueries: 3,
  fuseScannedSentences: 2000, fuseRecall: extrapolated ? null : 0.5, minisearchMsMedian: 80, recallK: 24, retrievalMsMedian: 3, wholeMsMedian: 8, retrievalRecall: 0.8,
  minisearchHeapBytes: 9e6, minisearchRecall: 0.7, scored, quality: score, qualityUncapped: score, syntheticMatches: 12,
  pages: [{ name: 'article-60', sentences: 60, msMedian: 8, msP95: 12 }],
}); // prettier-ignore

describe('formatTables', () => {
  const text = formatTables([row(5, false), row(10000, true)]);

  it.each([
    ['the corpus size with thousands separators', '| 10,000 | 140,000 |'],
    ['sizes in KB and MB and times in ms and s', '| 1.2 s | 2.5 MB | 600 KB | 45 ms |'],
    [
      'the ratios to both baselines, retrieval to retrieval first',
      '| 10,000 | 3.0 ms | 80 ms | 26.7× | 8.0 ms | 10.0× | 40 s* | 5000× |',
    ],
    ['the score line in score.mjs wording', 'recall 0.900 (9/10), precision 0.800 (8 true, 2 false)'],
    ['that fuse.js recall was not measured where a full scan is too slow', 'n/a (too slow)'],
    ['how the fuse.js time was extrapolated', '10,000 reports: 3 queries over 2,000 of 140,000 sentences'],
    ['retrieval recall at the number of candidates scored', 'retrieval recall@24'],
    ['the 60-sentence page median, p95 and fastest run', '8.0 ms / 12 ms (7.0 ms)'],
    ['the per-page median and p95', '| article-60 | 60 | 8.0 ms / 12 ms |'],
  ])('shows %s', (_what, expected) => {
    expect(text).toContain(expected);
  });

  it('says that quality was not measured, and shows no score, when the gold pairs were not there', () => {
    const unscored = formatTables([row(5, false, false)]);
    expect(unscored).toContain('Quality not measured: ../shared/eval is not beside this checkout.');
    expect(unscored).not.toContain('recall 0.900');
    expect(unscored).toContain('| article-60 | 60 | 8.0 ms / 12 ms |');
  });
});
