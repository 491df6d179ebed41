import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { prepareSource, sourceId } from '@/lib/sources/user-source';
import { BUNDLED_COLLECTION, openSourcesStore, SourcesStoreError } from './sources-db';

let dbCount = 0;
const freshStore = () => openSourcesStore(`test-sources-${++dbCount}`);

const article = (n: number, collection: string) =>
  prepareSource(
    {
      id: sourceId(`https://news.example/story-${n}`, ''),
      text: `Story ${n} about the bridge\nThe council voted ${n} times to close the old bridge on Monday.\nThe mayor said repairs would cost 4 million dollars.`,
      meta: { outlet: `Outlet ${n}`, url: `https://news.example/story-${n}` },
    },
    collection,
  );

describe('the sources store', () => {
  it('starts with the bundled reports as one read-only, active collection', async () => {
    const store = await freshStore();
    const [bundled] = await store.collections();
    expect(bundled).toMatchObject({ id: BUNDLED_COLLECTION, readOnly: true, active: true });
    await expect(store.updateCollection(BUNDLED_COLLECTION, { name: 'x' })).rejects.toBeInstanceOf(
      SourcesStoreError,
    );
  });

  it('keeps a source prepared, so loading it reads no text again', async () => {
    const store = await freshStore();
    const mine = await store.defaultCollection();
    const source = article(1, mine.id);
    await store.putSources([source]);
    const [stored] = await store.sources();
    expect(stored!.report.keys.flat().length).toBeGreaterThan(0);
    expect(stored!.vocabulary).toEqual(source.vocabulary);
  });

  it('updates a source added twice instead of keeping two', async () => {
    const store = await freshStore();
    const mine = await store.defaultCollection();
    await store.putSources([article(1, mine.id)]);
    await store.putSources([article(1, mine.id)]);
    expect(await store.count()).toBe(1);
  });

  it('removes a source and gives it back whole for undo', async () => {
    const store = await freshStore();
    const mine = await store.defaultCollection();
    const source = article(2, mine.id);
    await store.putSources([source]);
    const removed = await store.removeSource(source.id);
    expect(await store.count()).toBe(0);
    await store.putSources([removed]);
    expect(await store.source(source.id)).toEqual(source);
  });

  it('edits metadata and moves a source between collections, never into the bundled one', async () => {
    const store = await freshStore();
    const mine = await store.defaultCollection();
    const team = await store.createCollection('Team');
    const source = article(3, mine.id);
    await store.putSources([source]);
    const moved = await store.updateSource(source.id, { collection: team.id, meta: { outlet: 'Edited' } });
    expect(moved).toMatchObject({ collection: team.id, report: { outlet: 'Edited' } });
    expect(moved.report.sentences).toEqual(source.report.sentences);
    await expect(store.updateSource(source.id, { collection: BUNDLED_COLLECTION })).rejects.toThrow(
      /bundled/,
    );
  });

  it('gives a taken collection name a number', async () => {
    const store = await freshStore();
    await store.createCollection('Team');
    expect((await store.createCollection('Team')).name).toBe('Team (2)');
  });

  it('exports a collection with each source’s metadata and sentences, oldest first', async () => {
    const store = await freshStore();
    const mine = await store.defaultCollection();
    await store.putSources([
      { ...article(4, mine.id), addedAt: 2 },
      { ...article(5, mine.id), addedAt: 1 },
    ]);
    const file = await store.exportCollection(mine.id);
    expect(file).toMatchObject({ format: 'crosscheck-collection', version: 1, name: mine.name });
    expect(file.sources.map((s) => s.outlet)).toEqual(['Outlet 5', 'Outlet 4']);
    expect(file.sources[0]).not.toHaveProperty('keys');
  });

  it('imports all or nothing: a failure while preparing leaves the store as it was', async () => {
    const store = await freshStore();
    const before = await store.collections();
    await expect(
      store.importCollection('Team', () => {
        throw new Error('cannot prepare');
      }),
    ).rejects.toThrow('cannot prepare');
    expect(await store.collections()).toEqual(before);
    expect(await store.count()).toBe(0);
  });

  it('deletes a collection with its sources in one step', async () => {
    const store = await freshStore();
    const team = await store.importCollection('Team', (id) => [article(6, id), article(7, id)]);
    expect(await store.count()).toBe(2);
    const removed = await store.deleteCollection(team.id);
    expect(removed.sources).toHaveLength(2);
    expect(await store.count()).toBe(0);
  });

  it('keeps the catalog the options page lists in step with every change', async () => {
    const store = await freshStore();
    const mine = await store.defaultCollection();
    const team = await store.createCollection('Team');
    await store.putSources([article(8, mine.id), article(9, mine.id)]);
    await store.updateSource(article(8, mine.id).id, { collection: team.id, meta: { outlet: 'Edited' } });
    await store.removeSource(article(9, mine.id).id);
    const imported = await store.importCollection('Desk', (id) => [article(10, id)]);
    expect((await store.catalog()).map((e) => [e.outlet, e.collection]).sort()).toEqual(
      [
        ['Edited', team.id],
        ['Outlet 10', imported.id],
      ].sort(),
    );
    await store.deleteCollection(imported.id);
    expect((await store.catalog()).map((e) => e.outlet)).toEqual(['Edited']);
    expect(await store.catalog()).not.toHaveProperty('0.report');
  });
});
