import { scoreLine, type GoldScore } from './score-gold';

/** One corpus size's figures, as measure-size.ts prints them (the fields the tables use). */
export interface BenchRow {
  reports: number;
  sentences: number;
  buildMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  loadMs: number;
  pageMsMedian: number;
  pageMsP95: number;
  pageMsMin: number;
  pageSentences: number;
  heapBytes: number;
  indexHeapBytes: number;
  indexArrayBufferBytes: number;
  addReportMs: number;
  addReportMsMedian: number;
  fuseMsMedian: number;
  fuseExtrapolated: boolean;
  fuseQueries: number;
  fuseScannedSentences: number;
  fuseRecall: number | null;
  minisearchMsMedian: number;
  minisearchHeapBytes: number;
  minisearchRecall: number;
  recallK: number;
  retrievalMsMedian: number;
  /** The whole analysis of the 60-sentence page, timed in turn with the retrieval steps. */
  wholeMsMedian: number;
  retrievalRecall: number;
  /** Whether the gold pairs (../shared/eval) were there: without them quality, recall included, is not measured. */
  scored: boolean;
  quality: GoldScore;
  qualityUncapped: GoldScore;
  syntheticMatches: number;
  pages: { name: string; sentences: number; msMedian: number; msP95: number; extractMs?: number }[];
}

const ms = (value: number): string =>
  value >= 10_000 ? `${(value / 1000).toFixed(0)} s` : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`; // prettier-ignore
const bytes = (value: number): string =>
  value >= 1e6 ? `${(value / 1e6).toFixed(1)} MB` : `${(value / 1e3).toFixed(0)} KB`;
const ratio = (value: number): string => (value >= 100 ? `${value.toFixed(0)}×` : `${value.toFixed(1)}×`);
const count = (value: number): string => value.toLocaleString('en-US');

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The benchmark's printed report: speed and size, the baselines with ratios, quality, and per-page times. */
export function formatTables(rows: readonly BenchRow[]): string {
  const speed = table(
    ['reports', 'sentences', 'build', 'index', 'gzipped', 'load', 'heap (index)', 'typed arrays', 'add 1 report (first / median of 5)', '60-sentence page median / p95 (fastest)'], // prettier-ignore
    rows.map((r) => [
      count(r.reports), count(r.sentences), ms(r.buildMs), bytes(r.indexBytes), bytes(r.indexGzipBytes), ms(r.loadMs),
      `${bytes(r.heapBytes)} (${bytes(r.indexHeapBytes)})`, bytes(r.indexArrayBufferBytes), `${ms(r.addReportMs)} / ${ms(r.addReportMsMedian)}`, `${ms(r.pageMsMedian)} / ${ms(r.pageMsP95)} (${ms(r.pageMsMin)})`,
    ]), // prettier-ignore
  );
  const baselines = table(
    ['reports', 'Crosscheck retrieval', 'MiniSearch retrieval', 'retrieval vs MiniSearch (same work)', 'Crosscheck whole page', 'whole page vs MiniSearch retrieval', 'fuse.js retrieval', 'whole page vs fuse.js', 'MiniSearch heap'], // prettier-ignore
    rows.map((r) => [
      count(r.reports), ms(r.retrievalMsMedian), ms(r.minisearchMsMedian), ratio(r.minisearchMsMedian / r.retrievalMsMedian),
      ms(r.wholeMsMedian), ratio(r.minisearchMsMedian / r.wholeMsMedian),
      `${ms(r.fuseMsMedian)}${r.fuseExtrapolated ? '*' : ''}`, ratio(r.fuseMsMedian / r.wholeMsMedian), bytes(r.minisearchHeapBytes),
    ]), // prettier-ignore
  );
  const k = rows[0]?.recallK ?? 0;
  const quality = table(
    ['reports', 'Crosscheck (score.mjs line; matches to bundled reports)', 'recall, caps lifted', 'matches to synthetic reports', `retrieval recall@${k}: Crosscheck`, 'MiniSearch', 'fuse.js'], // prettier-ignore
    rows.map((r) => [
      count(r.reports), scoreLine(r.quality).replace(/^score: /, ''), r.qualityUncapped.recall.toFixed(3), count(r.syntheticMatches),
      r.retrievalRecall.toFixed(3), r.minisearchRecall.toFixed(3), r.fuseRecall === null ? 'n/a (too slow)' : r.fuseRecall.toFixed(3),
    ]), // prettier-ignore
  );
  const names = rows[0]?.pages.map((p) => p.name) ?? [];
  const perPage = table(
    ['page', 'sentences', ...rows.map((r) => `${count(r.reports)} reports`)],
    names.map((name) => {
      const first = rows[0]!.pages.find((p) => p.name === name)!;
      return [name, String(first.sentences), ...rows.map((r) => {
        const page = r.pages.find((p) => p.name === name);
        return page ? `${ms(page.msMedian)} / ${ms(page.msP95)}` : '';
      })]; // prettier-ignore
    }),
  );
  const fuseNote = rows
    .filter((r) => r.fuseExtrapolated)
    .map(
      (r) =>
        `${count(r.reports)} reports: ${r.fuseQueries} queries over ${count(r.fuseScannedSentences)} of ${count(r.sentences)} sentences`,
    ) // prettier-ignore
    .join('; ');
  return [
    '#### Crosscheck: index and per-page analysis (compareText: retrieval, scoring, figures, relations)',
    speed,
    '',
    "#### Side by side on the 60-sentence article, timed in alternating blocks: the retrieval step of each (from the page text to the candidates of its claim sentences), and Crosscheck's whole analysis",
    baselines,
    fuseNote ? `\n\\* fuse.js time extrapolated linearly from ${fuseNote} (fuse.js scans every item).` : '',
    '',
    '#### Quality at each size (gold pairs of ../shared/eval/seed-pairs.json, pages = the bundled reports)',
    rows.every((r) => r.scored)
      ? quality
      : 'Quality not measured: ../shared/eval is not beside this checkout.',
    '',
    '#### Crosscheck per page, median / p95',
    perPage,
  ].join('\n');
}
