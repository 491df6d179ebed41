import type { CollectionFile } from '@/lib';
import { COLLECTION_FORMAT, COLLECTION_VERSION } from '@/lib';
import { exportSource, type UserSource } from '@/lib/sources/user-source';
import { SnapshotStore } from './snapshot-store';
import {
  catalogEntry,
  note,
  openSourcesDatabase,
  SourcesStoreError,
  uniqueName,
  writing,
  type CatalogEntry,
  type StoredCollection,
} from './sources-schema';

export * from './sources-schema';

// The reader's own sources, in the extension's IndexedDB (shared by the background and the extension
// pages, never by web pages). Each source is stored prepared, so nothing is read again at start-up.

/** Opens (creating or upgrading) the store. `name` lets tests keep their databases apart. */
export async function openSourcesStore(name = 'crosscheck-sources'): Promise<SourcesStore> {
  return new SourcesStore(await openSourcesDatabase(name));
}

export class SourcesStore extends SnapshotStore {
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
    const unique = uniqueName(wanted, names);
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
    const tx = this.db.transaction(['collections', 'sources', 'meta', 'catalog'], 'readwrite');
    const sources = await tx.objectStore('sources').index('collection').getAll(id);
    await Promise.all([
      note(
        tx.objectStore('meta'),
        sources.map((s) => s.id),
      ),
      ...sources.map((s) => tx.objectStore('sources').delete(s.id)),
      ...sources.map((s) => tx.objectStore('catalog').delete(s.id)),
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

  /** Every source's metadata and collection, without its prepared text: what the list shows. */
  async catalog(): Promise<CatalogEntry[]> {
    return this.db.getAll('catalog');
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
      const tx = this.db.transaction(['sources', 'meta', 'catalog'], 'readwrite');
      await Promise.all([
        ...sources.map((s) => tx.objectStore('sources').put(s)),
        ...sources.map((s) => tx.objectStore('catalog').put(catalogEntry(s))),
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
    const tx = this.db.transaction(['sources', 'meta', 'catalog'], 'readwrite');
    await Promise.all([
      tx.objectStore('sources').delete(id),
      tx.objectStore('catalog').delete(id),
      note(tx.objectStore('meta'), [id]),
      tx.done,
    ]);
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
    const unique = uniqueName(name, names);
    const collection: StoredCollection = {
      id: `col-${crypto.randomUUID().slice(0, 13)}`,
      name: unique,
      active: true,
      readOnly: false,
      createdAt: now,
    };
    const sources = prepare(collection.id);
    await writing(async () => {
      const tx = this.db.transaction(['collections', 'sources', 'meta', 'catalog'], 'readwrite');
      await Promise.all([
        tx.objectStore('collections').put(collection),
        note(
          tx.objectStore('meta'),
          sources.map((s) => s.id),
        ),
        ...sources.map((s) => tx.objectStore('sources').put(s)),
        ...sources.map((s) => tx.objectStore('catalog').put(catalogEntry(s))),
        tx.done,
      ]);
    });
    return collection;
  }
}
