import type { Corpus } from '@/lib';
import type { PreparedCorpusJson } from '@/lib';
import { buildSnapshot, corpusFromSnapshot, snapshotFits, type SourcesSnapshot } from '@/lib';
import { BUNDLED_COLLECTION, type SourcesStore } from './sources-db';

// The corpus pages are compared with, loaded from the store: the snapshot (one string) with the few
// sources changed since, never the sources one by one, except on the first start of a profile.

export interface SourcesLoad {
  corpus: Corpus;
  /** Sources of active collections in the corpus. */
  loaded: number;
  /** Whether the snapshot was used (false: every source was read, the first time). */
  fromSnapshot: boolean;
  /** Writes an up-to-date snapshot when sources changed since the last one; call when idle. */
  refreshSnapshot(): Promise<void>;
}

export async function loadSourcesCorpus(
  store: SourcesStore,
  bundled: PreparedCorpusJson,
  bundledName: string,
): Promise<SourcesLoad> {
  const [collections, journal, stored] = await Promise.all([
    store.collections(),
    store.journal(),
    store.snapshot(),
  ]);
  const active = new Map(collections.filter((c) => c.active && !c.readOnly).map((c) => [c.id, c.name]));
  const withBundled = collections.some((c) => c.id === BUNDLED_COLLECTION && c.active) ? bundledName : null;
  let snapshot: SourcesSnapshot | null = null;
  try {
    snapshot = stored ? (JSON.parse(stored) as SourcesSnapshot) : null;
  } catch {
    snapshot = null; // a damaged snapshot is rebuilt from the sources themselves
  }
  const usable = snapshotFits(snapshot, bundled);
  // Without a usable snapshot every source counts as changed: read them all, once.
  const changed = usable ? await store.many([...new Set(journal)]) : await store.sources();
  const changedIds = new Set(usable ? journal : changed.map((s) => s.id));
  const base: SourcesSnapshot = usable ? snapshot! : buildSnapshot(bundled, null, []);
  const corpus = corpusFromSnapshot(bundled, withBundled, base, changed, changedIds, active);
  const loaded = corpus.reports.length - (withBundled ? bundled.reports.length : 0);
  return {
    corpus,
    loaded,
    fromSnapshot: usable,
    async refreshSnapshot() {
      if (usable && journal.length === 0) return;
      const next = buildSnapshot(bundled, usable ? snapshot : null, changed, changedIds);
      await store.saveSnapshot(JSON.stringify(next), journal.length);
    },
  };
}
