import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import type { BaselineSentence } from './baseline-minisearch';
import { median } from './time-runs';

/** What was measured for fuse.js, and how much of it is extrapolated. */
export interface FuseMeasurement {
  /** Median milliseconds of one page-sentence query over all corpus sentences. */
  queryMsMedian: number;
  queries: number;
  /** Corpus sentences the timed queries actually scanned; below the corpus size the time is scaled up. */
  scannedSentences: number;
  extrapolated: boolean;
  buildMs: number;
}

// A plain fuzzy search as the docs suggest: ignoreLocation, since a claim may sit anywhere in a sentence.
const options = { includeScore: true, ignoreLocation: true, threshold: 0.4 };

/** A full-scan fuse.js search over the given sentences, returning the top k of a query. */
export function fuseSearcher(sentences: readonly BaselineSentence[], k = 10) {
  const fuse = new Fuse(sentences, { ...options, keys: ['text'] });
  return (query: string): BaselineSentence[] => fuse.search(query, { limit: k }).map((hit) => hit.item);
}

/**
 * Times fuse.js's full scan, one query per page sentence, within a time cap. Fuse scans every item, so
 * its time is linear in the collection: when even one full query would blow the cap, queries run over
 * an evenly spread subset of the sentences and the time is scaled to the whole collection (and said so).
 */
export function measureFuse(
  sentences: readonly BaselineSentence[],
  pageSentences: readonly string[],
  capMs: number,
): FuseMeasurement {
  const probe = pageSentences.slice(0, 2);
  const time = (fuse: Fuse<BaselineSentence>, query: string) => {
    const t0 = performance.now();
    fuse.search(query, { limit: 10 });
    return performance.now() - t0;
  };
  // Probe on a small spread subset to estimate what one full query costs.
  const probeSize = Math.min(sentences.length, 2000);
  const spread = (size: number) =>
    size >= sentences.length
      ? sentences
      : Array.from({ length: size }, (_, i) => sentences[Math.floor((i * sentences.length) / size)]!);
  const probeFuse = new Fuse(spread(probeSize), { ...options, keys: ['text'] });
  const perSentenceMs = median(probe.map((q) => time(probeFuse, q))) / probeSize;
  // Aim for about six queries inside the cap (at least three run whatever it costs).
  const affordable = Math.floor(capMs / 6 / Math.max(perSentenceMs, 1e-6));
  const scanned = Math.min(sentences.length, Math.max(probeSize, affordable));
  const t0 = performance.now();
  const fuse = new Fuse(spread(scanned), { ...options, keys: ['text'] });
  const buildMs = ((performance.now() - t0) * sentences.length) / scanned;
  const times: number[] = [];
  const start = performance.now();
  for (const query of pageSentences) {
    if (times.length >= 3 && performance.now() - start > capMs) break;
    times.push(time(fuse, query));
  }
  return {
    queryMsMedian: (median(times) * sentences.length) / scanned,
    queries: times.length,
    scannedSentences: scanned,
    extrapolated: scanned < sentences.length,
    buildMs,
  };
}
