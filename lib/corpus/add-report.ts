import type { Corpus } from './corpus';
import { prepareReport, type RawReport } from './prepare-corpus';

/**
 * Adds one report to a loaded corpus without rebuilding its index: the report is prepared and
 * its sentences go to the index's side table.
 */
export function addReport(corpus: Corpus, raw: RawReport): void {
  const vocabulary: string[] = [];
  const report = prepareReport(raw, (key) => vocabulary.push(key) - 1);
  corpus.append(report, vocabulary);
}
