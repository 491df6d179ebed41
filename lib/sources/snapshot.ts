import { Corpus } from '../corpus/corpus';
import type { PreparedCorpusJson, PreparedReportJson } from '../corpus/corpus-format';
import { appendSource } from './merge-corpus';
import type { UserSource } from './user-source';
import { vocabularyBuilder } from '../corpus/vocabulary';

/**
 * Every stored source in one prepared corpus whose key numbering extends the bundled vocabulary: the
 * background loads it with one JSON.parse and one index build, with no per-source renumbering (at
 * 10,000 sources, reading and renumbering them one by one takes seconds). Sources changed since it
 * was written (the store's journal) are read one by one and appended.
 */
export interface SourcesSnapshot {
  format: 'crosscheck-sources-snapshot';
  version: 1;
  /** The bundled vocabulary the numbering extends; a snapshot of another one is not used. */
  base: string;
  vocabulary: string[];
  /** `collection` is the collection's id here (names change; ids do not). */
  reports: Array<PreparedReportJson & { collection: string }>;
}

/** A short fingerprint of a vocabulary: its size and a hash of its keys. */
export function vocabularyFingerprint(vocabulary: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const key of vocabulary) {
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 10, 0x01000193);
  }
  return `${vocabulary.length}:${(h >>> 0).toString(16)}`;
}

/** A snapshot from a previous one (or none) without the `drop` ids, plus `sources` renumbered into it. */
export function buildSnapshot(
  bundled: PreparedCorpusJson,
  previous: SourcesSnapshot | null,
  sources: readonly UserSource[],
  drop: ReadonlySet<string> = new Set(),
): SourcesSnapshot {
  const { vocabulary, keyId } = vocabularyBuilder(previous?.vocabulary ?? bundled.vocabulary);
  const replaced = new Set([...drop, ...sources.map((s) => s.id)]);
  const reports = (previous?.reports ?? []).filter((r) => !replaced.has(r.id));
  for (const source of sources) {
    const local = source.vocabulary.map(keyId);
    reports.push({
      ...source.report,
      id: source.id,
      collection: source.collection,
      keys: source.report.keys.map((keys) => keys.map((k) => local[k]!)),
    });
  }
  return {
    format: 'crosscheck-sources-snapshot',
    version: 1,
    base: vocabularyFingerprint(bundled.vocabulary),
    vocabulary,
    reports,
  };
}

/** Whether a stored snapshot can be used with this bundled corpus. */
export function snapshotFits(snapshot: SourcesSnapshot | null, bundled: PreparedCorpusJson): boolean {
  return (
    snapshot?.format === 'crosscheck-sources-snapshot' &&
    snapshot.version === 1 &&
    snapshot.base === vocabularyFingerprint(bundled.vocabulary)
  );
}

/**
 * The corpus of the active collections from a snapshot and the sources changed since: the snapshot's
 * reports (minus changed ones) and the bundled ones go into one index build; changed ones are appended.
 * `active` maps active collection ids to their names; the bundled reports come when `bundledName` is set.
 */
export function corpusFromSnapshot(
  bundled: PreparedCorpusJson,
  bundledName: string | null,
  snapshot: SourcesSnapshot,
  changed: readonly UserSource[],
  changedIds: ReadonlySet<string>,
  active: ReadonlyMap<string, string>,
): Corpus {
  const reports: Array<PreparedReportJson & { collection: string }> = bundledName
    ? bundled.reports.map((r) => ({ ...r, collection: bundledName }))
    : [];
  for (const report of snapshot.reports) {
    const name = active.get(report.collection);
    if (name === undefined || changedIds.has(report.id)) continue;
    reports.push({ ...report, collection: name });
  }
  const corpus = new Corpus({
    format: 'crosscheck-corpus',
    version: 1,
    vocabulary: snapshot.vocabulary,
    commonStems: bundled.commonStems,
    reports,
  });
  for (const source of changed) {
    const name = active.get(source.collection);
    if (name !== undefined) appendSource(corpus, source, name);
  }
  return corpus;
}
