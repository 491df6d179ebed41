import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CollectionFile } from '@/lib/sources/collection-format';
import { COLLECTION_FORMAT, COLLECTION_VERSION } from '@/lib/sources/collection-format';
import { exportSource, type UserSource } from '@/lib/sources/user-source';

// The reader's own sources, in the extension's IndexedDB (shared by the background and the extension
// pages, never by web pages). Each source is stored prepared, so nothing is read again at start-up.

/** Bump with a new step in `upgrade` whenever the stores or the stored shape change. */
export const SOURCES_DB_VERSION = 2;
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
type MetaRecord = { id: 'journal'; ids: string[] } | { id: 'snapshot'; json: string };

interface SourcesSchema extends DBSchema {
  collections: { key: string; value: StoredCollection };
  sources: { key: string; value: UserSource; indexes: { collection: string } };
  meta: { key: string; value: MetaRecord };
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

type Db = IDBPDatabase<SourcesSchema>;

/** Opens (creating or upgrading) the store. `name` lets tests keep their databases apart. */
export async function openSourcesStore(name = 'crosscheck-sources'): Promise<SourcesStore> {
  const db = await openDB<SourcesSchema>(name, SOURCES_DB_VERSION, {
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
    },
  });
  return new SourcesStore(db);
}

/** Runs a write; a full disk or quota becomes a `quota` error (the transaction changed nothing). */
async function writing<T>(work: () => Promise<T>): Promise<T> {
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
async function note(meta: MetaStore, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const journal = await meta.get('journal');
  const known = journal?.id === 'journal' ? journal.ids : [];
  await meta.put({ id: 'journal', ids: [...known, ...ids] });
}

export class SourcesStore {
  constructor(private readonly db: Db) {}

  /** The ids written or removed since the snapshot. */
  async journal(): Promise<string[]> {
    const found = await this.db.get('meta', 'journal');
    return found?.id === 'journal' ? found.ids : [];
  }

  /** The stored snapshot's JSON, or null. */
  async snapshot(): Promise<string | null> {
    const found = await this.db.get('meta', 'snapshot');
    return found?.id === 'snapshot' ? found.json : null;
  }

  /**
   * Saves a snapshot that includes the first `consumed` journal entries; entries written meanwhile
   * stay in the journal, so nothing changed after the snapshot was built is lost.
   */
  async saveSnapshot(json: string, consumed: number): Promise<void> {
    await writing(async () => {
      const tx = this.db.transaction('meta', 'readwrite');
      const journal = await tx.store.get('journal');
      const ids = journal?.id === 'journal' ? journal.ids.slice(consumed) : [];
      await Promise.all([
        tx.store.put({ id: 'snapshot', json }),
        tx.store.put({ id: 'journal', ids }),
        tx.done,
      ]);
    });
  }

  /** Several sources by id, in one transaction; missing ones (removed) are left out. */
  async many(ids: readonly string[]): Promise<UserSource[]> {
    const tx = this.db.transaction('sources');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return found.filter((s): s is UserSource => s !== undefined);
  }

  close(): void {
    this.db.close();
  }

  async collections(): Promise<StoredCollection[]> {
    const all = await this.db.getAll('collections');
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  async collection(id: string): Promise<StoredCollection> {
    const found = await this.db.get('collections', id);
    if (!found) throw new SourcesStoreError('missing', `No collection "${id}".`);
    return found;
  }

  /** Creates a collection; a taken name gets a number (`Team (2)`) unless `exact`. */
  async createCollection(name: string, now = Date.now(), exact = false): Promise<StoredCollection> {
    const names = new Set((await this.collections()).map((c) => c.name));
    const wanted = name.trim() || 'My sources';
    if (exact && names.has(wanted)) throw new SourcesStoreError('name-taken', `"${wanted}" is taken.`);
    let unique = wanted;
    for (let n = 2; names.has(unique); n++) unique = `${wanted} (${n})`;
    const collection = {
      id: `col-${crypto.randomUUID().slice(0, 13)}`,
      name: unique,
      active: true,
      readOnly: false,
      createdAt: now,
    };
    await writing(() => this.db.put('collections', collection));
    return collection;
  }

  /** The collection new pages go to: the first of the reader's own, made when there is none. */
  async defaultCollection(name = 'My sources'): Promise<StoredCollection> {
    const own = (await this.collections()).find((c) => !c.readOnly);
    return own ?? this.createCollection(name);
  }

  async updateCollection(
    id: string,
    change: Partial<Pick<StoredCollection, 'name' | 'active'>>,
  ): Promise<void> {
    const found = await this.collection(id);
    if (found.readOnly && change.name !== undefined)
      throw new SourcesStoreError('read-only', 'The bundled reports cannot be renamed.');
    await writing(() => this.db.put('collections', { ...found, ...change }));
  }

  /** Removes a collection with its sources, in one transaction; returns them (for undo). */
  async deleteCollection(id: string): Promise<{ collection: StoredCollection; sources: UserSource[] }> {
    const collection = await this.collection(id);
    if (collection.readOnly)
      throw new SourcesStoreError('read-only', 'The bundled reports cannot be removed.');
    const tx = this.db.transaction(['collections', 'sources', 'meta'], 'readwrite');
    const sources = await tx.objectStore('sources').index('collection').getAll(id);
    await Promise.all([
      note(
        tx.objectStore('meta'),
        sources.map((s) => s.id),
      ),
      ...sources.map((s) => tx.objectStore('sources').delete(s.id)),
      tx.objectStore('collections').delete(id),
      tx.done,
    ]);
    return { collection, sources };
  }

  async sources(collection?: string): Promise<UserSource[]> {
    return collection
      ? this.db.getAllFromIndex('sources', 'collection', collection)
      : this.db.getAll('sources');
  }

  async count(): Promise<number> {
    return this.db.count('sources');
  }

  async source(id: string): Promise<UserSource | undefined> {
    return this.db.get('sources', id);
  }

  /** Stores sources (new or updated) in one transaction: all are stored, or none. */
  async putSources(sources: readonly UserSource[]): Promise<void> {
    await writing(async () => {
      const tx = this.db.transaction(['sources', 'meta'], 'readwrite');
      await Promise.all([
        ...sources.map((s) => tx.objectStore('sources').put(s)),
        note(
          tx.objectStore('meta'),
          sources.map((s) => s.id),
        ),
        tx.done,
      ]);
    });
  }

  /** Removes a source and returns it, so that undo can put it back as it was. */
  async removeSource(id: string): Promise<UserSource> {
    const found = await this.source(id);
    if (!found) throw new SourcesStoreError('missing', `No source "${id}".`);
    const tx = this.db.transaction(['sources', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('sources').delete(id), note(tx.objectStore('meta'), [id]), tx.done]);
    return found;
  }

  /** Edits a source's metadata or moves it to another collection; its prepared text is kept. */
  async updateSource(
    id: string,
    change: {
      collection?: string;
      meta?: Partial<Pick<UserSource['report'], 'title' | 'outlet' | 'url' | 'date'>>;
    },
  ): Promise<UserSource> {
    const found = await this.source(id);
    if (!found) throw new SourcesStoreError('missing', `No source "${id}".`);
    if (change.collection !== undefined) {
      const target = await this.collection(change.collection);
      if (target.readOnly)
        throw new SourcesStoreError('read-only', 'Sources cannot be moved into the bundled reports.');
    }
    const next: UserSource = {
      ...found,
      collection: change.collection ?? found.collection,
      report: { ...found.report, ...change.meta },
    };
    await this.putSources([next]);
    return next;
  }

  /** A collection as one file: its name and every source's metadata and prepared text. */
  async exportCollection(id: string, now = new Date()): Promise<CollectionFile> {
    const collection = await this.collection(id);
    const sources = await this.sources(id);
    return {
      format: COLLECTION_FORMAT,
      version: COLLECTION_VERSION,
      name: collection.name,
      exportedAt: now.toISOString(),
      sources: sources.sort((a, b) => a.addedAt - b.addedAt).map(exportSource),
    };
  }

  /**
   * Adds a collection and its sources in one transaction: a failure part-way (a full disk) leaves
   * the store exactly as it was. Sources already stored under the same id are moved into it.
   */
  async importCollection(
    name: string,
    prepare: (collectionId: string) => UserSource[],
    now = Date.now(),
  ): Promise<StoredCollection> {
    const names = new Set((await this.collections()).map((c) => c.name));
    let unique = name;
    for (let n = 2; names.has(unique); n++) unique = `${name} (${n})`;
    const collection: StoredCollection = {
      id: `col-${crypto.randomUUID().slice(0, 13)}`,
      name: unique,
      active: true,
      readOnly: false,
      createdAt: now,
    };
    const sources = prepare(collection.id);
    await writing(async () => {
      const tx = this.db.transaction(['collections', 'sources', 'meta'], 'readwrite');
      await Promise.all([
        tx.objectStore('collections').put(collection),
        note(
          tx.objectStore('meta'),
          sources.map((s) => s.id),
        ),
        ...sources.map((s) => tx.objectStore('sources').put(s)),
        tx.done,
      ]);
    });
    return collection;
  }
}
