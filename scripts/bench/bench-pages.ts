import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitSentences } from '@/lib';
import { readPage } from '../read-page';
import { median } from './time-runs';

/** A page the benchmark analyses: its article text, read exactly as the compare command reads a page file. */
export interface BenchPage {
  name: string;
  text: string;
  title: string | null;
  url: string | null;
  sentences: number;
  /** Median milliseconds to read the page file and extract its article (HTML pages only). */
  extractMs?: number;
  /** Set for the bundled reports, which the gold pairs read as pages. */
  goldId?: string;
}

/** The 60-sentence article the per-page targets are stated for. */
export const TARGET_PAGE = 'article-60';

function read(path: string, name: string, timeIt: boolean): BenchPage {
  const times: number[] = [];
  let page = readPage(path);
  for (let i = 0; timeIt && i < 5; i++) {
    const t0 = performance.now();
    page = readPage(path);
    times.push(performance.now() - t0);
  }
  return {
    name,
    ...page,
    sentences: splitSentences(page.text).length,
    ...(timeIt ? { extractMs: median(times) } : {}),
  };
}

/**
 * The bundled reports as pages (as score.mjs reads them), the long HTML fixtures, and the 60-sentence
 * target article: the first 60 sentences of the first fixture's article.
 */
export function loadBenchPages(
  seedsDir: string,
  fixturesDir: string,
  seedIds: readonly string[],
): BenchPage[] {
  const pages: BenchPage[] = seedIds.map((id) => ({ ...read(join(seedsDir, id), id, false), goldId: id }));
  for (const file of ['long-article-1.html', 'long-article-2.html'])
    pages.push(read(join(fixturesDir, file), file, true));
  const first = pages.find((page) => page.name === 'long-article-1.html')!;
  const sixty = splitSentences(first.text).slice(0, 60);
  pages.push({ name: TARGET_PAGE, text: sixty.join('\n'), title: null, url: null, sentences: sixty.length });
  return pages;
}
