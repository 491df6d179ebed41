import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { addReport } from '@/lib';
import { loadCorpus, type Corpus } from '@/lib';
import { prepareCorpus, type RawReport } from '@/lib';
import { median } from './time-runs';

export interface IndexMeasurement {
  buildMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  loadMs: number;
  /** process.memoryUsage().heapUsed after GC with the loaded corpus, for the whole process. */
  heapBytes: number;
  /** The part of heapBytes the loaded corpus adds (heap after loading minus heap before, both after GC). */
  indexHeapBytes: number;
  /** Typed-array memory the loaded corpus adds; V8 keeps it outside heapUsed, so it is reported beside it. */
  indexArrayBufferBytes: number;
  sentences: number;
}

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run the benchmark with node --expose-gc (npm run bench does)');
  collect();
  collect();
};

/**
 * Builds the prepared corpus (the index) as the compare command does (with the English common stems),
 * writes it to `indexPath`, measures its size, then loads it
 * back from the file as the extension and the command do, measuring load time and heap. The raw
 * reports are dropped before the heap is read, so the heap holds the index and the process only.
 */
export function measureIndex(
  makeRaw: () => RawReport[],
  commonStems: readonly string[],
  indexPath: string,
): { corpus: Corpus; m: IndexMeasurement } {
  let raw: RawReport[] | null = makeRaw();
  const builds: number[] = [];
  let json = '';
  // Repeat small builds for a stable median; a 10,000-report build is timed once.
  for (let run = 0; run < (raw.length <= 1000 ? 3 : 1); run++) {
    const t0 = performance.now();
    const prepared = prepareCorpus(raw, commonStems);
    builds.push(performance.now() - t0);
    json = JSON.stringify(prepared);
  }
  raw = null;
  writeFileSync(indexPath, json);
  const indexBytes = Buffer.byteLength(json);
  const indexGzipBytes = gzipSync(json).length;
  json = '';
  gc();
  const before = process.memoryUsage();
  let text: string | null = readFileSync(indexPath, 'utf8');
  const t0 = performance.now();
  const corpus = loadCorpus(JSON.parse(text));
  const loadMs = performance.now() - t0;
  text = null;
  gc();
  const after = process.memoryUsage();
  return {
    corpus,
    m: {
      buildMs: median(builds),
      indexBytes,
      indexGzipBytes,
      loadMs,
      heapBytes: after.heapUsed,
      indexHeapBytes: after.heapUsed - before.heapUsed,
      indexArrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
      sentences: corpus.index.size,
    },
  };
}

/** Milliseconds to add each of the given reports to the loaded corpus, one at a time, without a rebuild. */
export function measureAddReport(corpus: Corpus, reports: readonly RawReport[]): number[] {
  return reports.map((report) => {
    const t0 = performance.now();
    addReport(corpus, report);
    return performance.now() - t0;
  });
}
