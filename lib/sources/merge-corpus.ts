import { Corpus } from '../corpus/corpus';
import type { PreparedCorpusJson, PreparedReportJson } from '../corpus/corpus-format';
import type { UserSource } from './user-source';
import { vocabularyBuilder } from '../corpus/vocabulary';

/** A report of the merged corpus, with the name of the collection it came from. */
export type CollectedReport = PreparedReportJson & { collection: string };

/**
 * One corpus of the bundled reports and the reader's active sources, with one index built once:
 * every source's key ids are renumbered into the bundled vocabulary (new keys appended), so the
 * index is the same flat arrays as the bundled one's. Nothing is prepared again.
 */
export function mergeCorpus(
  bundled: PreparedCorpusJson | null,
  bundledCollection: string,
  sources: ReadonlyArray<{ source: UserSource; collectionName: string }>,
  commonStems: readonly string[] = [],
): Corpus {
  const { vocabulary, keyId } = vocabularyBuilder(bundled?.vocabulary);
  const reports: CollectedReport[] = (bundled?.reports ?? []).map((r) => ({
    ...r,
    collection: bundledCollection,
  }));
  const taken = new Set(reports.map((r) => r.id));
  for (const { source, collectionName } of sources) {
    if (taken.has(source.id)) continue;
    taken.add(source.id);
    const local = source.vocabulary.map(keyId);
    reports.push({
      ...source.report,
      id: source.id,
      keys: source.report.keys.map((keys) => keys.map((k) => local[k]!)),
      collection: collectionName,
    });
  }
  return new Corpus({
    format: 'crosscheck-corpus',
    version: 1,
    vocabulary,
    commonStems: bundled?.commonStems ?? [...commonStems],
    reports,
  });
}

/** Adds one source to a merged corpus without rebuilding its index (a page just added). */
export function appendSource(corpus: Corpus, source: UserSource, collectionName: string): void {
  const report: CollectedReport = { ...source.report, id: source.id, collection: collectionName };
  corpus.append(report, source.vocabulary);
}
