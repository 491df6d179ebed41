import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UserSource } from '@/lib/sources/user-source';

// The IndexedDB schema of the reader's own sources, its upgrades, and what every write shares.

/** Bump with a new step in `upgrade` whenever the stores or the stored shape change. */
export const SOURCES_DB_VERSION = 3;
export const BUNDLED_COLLECTION = 'bundled';

export interface StoredCollection {
  id: string;
  name: string;
  /** Pages are compared with the active collections only. */
  active: boolean;
  readOnly: boolean;
  createdAt: number;
}

/**
 * `journal`: ids of the sources written or removed since the snapshot was saved, in order.
 * `snapshot`: every source as one prepared corpus (lib/sources/snapshot.ts), as a JSON string: one
 * string is stored and read back far faster than thousands of objects.
 */
export type MetaRecord = { id: 'journal'; ids: string[] } | { id: 'snapshot'; json: string };

/** What the options page lists of a source: read without the prepared text (10,000 take ~40 MB). */
export interface CatalogEntry {
  id: string;
  collection: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  addedAt: number;
}

export const catalogEntry = ({ id, collection, report, addedAt }: UserSource): CatalogEntry => ({
  id,
  collection,
  title: report.title,
  outlet: report.outlet,
  date: report.date,
  url: report.url,
  addedAt,
});

export interface SourcesSchema extends DBSchema {
  collections: { key: string; value: StoredCollection };
  sources: { key: string; value: UserSource; indexes: { collection: string } };
  meta: { key: string; value: MetaRecord };
  catalog: { key: string; value: CatalogEntry };
}

export type StoreErrorKind = 'quota' | 'missing' | 'read-only' | 'name-taken';

/** A store refusal with its kind, so the UI can word it; what was stored before is untouched. */
export class SourcesStoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export type Db = IDBPDatabase<SourcesSchema>;

/** Opens (creating or upgrading) the database. */
export async function openSourcesDatabase(name: string): Promise<Db> {
  return openDB<SourcesSchema>(name, SOURCES_DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      // One step per version, each from the one before: a profile of any age is brought up to date.
      if (oldVersion < 1) {
        database.createObjectStore('collections', { keyPath: 'id' });
        const sources = database.createObjectStore('sources', { keyPath: 'id' });
        sources.createIndex('collection', 'collection');
        void tx.objectStore('collections').put({
          id: BUNDLED_COLLECTION,
          name: 'Bundled reports',
          active: true,
          readOnly: true,
          createdAt: 0,
        });
      }
      // Version 2: the snapshot and its journal. A profile of version 1 has neither: its first start
      // reads every source once and writes the snapshot.
      if (oldVersion < 2) database.createObjectStore('meta', { keyPath: 'id' });
      // Version 3: the catalog, filled from the sources a profile already has.
      if (oldVersion < 3) {
        const catalog = database.createObjectStore('catalog', { keyPath: 'id' });
        void (async () => {
          for (let c = await tx.objectStore('sources').openCursor(); c; c = await c.continue())
            await catalog.put(catalogEntry(c.value));
        })();
      }
    },
  });
}

/** Runs a write; a full disk or quota becomes a `quota` error (the transaction changed nothing). */
export async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'QuotaExceededError')
      throw new SourcesStoreError('quota', 'The browser refused more storage: nothing was changed.');
    throw error;
  }
}

type MetaStore = {
  get(key: string): Promise<MetaRecord | undefined>;
  put(value: MetaRecord): Promise<unknown>;
};

/** Adds ids to the journal, in the transaction that changes those sources. */
export async function note(meta: MetaStore, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const journal = await meta.get('journal');
  const known = journal?.id === 'journal' ? journal.ids : [];
  await meta.put({ id: 'journal', ids: [...known, ...ids] });
}

/** `name`, or `name (2)`, `name (3)`… when taken. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name} (${n})`;
  return unique;
}
