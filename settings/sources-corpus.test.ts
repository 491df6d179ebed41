import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '@/lib';
import { REPORT_A } from '@/tests/fixtures/test-corpus';
import { prepareSource } from '@/lib/sources/user-source';
import { loadSourcesCorpus } from './sources-corpus';
import { openSourcesStore } from './sources-db';

let dbCount = 0;
const bundled = prepareCorpus([REPORT_A]);
const story = (n: number, collection: string) =>
  prepareSource(
    {
      id: `src-${n}`,
      text: `Bridge story ${n}\nThe council voted ${n} times to close the old bridge on Monday.\nRepairs will cost ${n} million dollars, the mayor said.`,
      meta: { outlet: `Outlet ${n}` },
    },
    collection,
  );
const ids = (load: { corpus: { reports: Array<{ id: string }> } }) =>
  load.corpus.reports.map((r) => r.id).sort();

async function setUp() {
  const store = await openSourcesStore(`test-sources-corpus-${++dbCount}`);
  const mine = await store.defaultCollection();
  await store.putSources([story(1, mine.id), story(2, mine.id)]);
  return { store, mine };
}

describe('loading the corpus from the stored sources', () => {
  it('reads every source the first time, then from the snapshot it wrote', async () => {
    const { store } = await setUp();
    const first = await loadSourcesCorpus(store, bundled, 'Bundled');
    expect(first).toMatchObject({ fromSnapshot: false, loaded: 2 });
    await first.refreshSnapshot();
    expect(await store.journal()).toEqual([]);
    const second = await loadSourcesCorpus(store, bundled, 'Bundled');
    expect(second).toMatchObject({ fromSnapshot: true, loaded: 2 });
    expect(ids(second)).toEqual(ids(first));
    expect(second.corpus.reports.find((r) => r.id === 'src-1')?.collection).toBe('My sources');
  });

  it('takes in the sources added, edited and removed since the snapshot', async () => {
    const { store, mine } = await setUp();
    await (await loadSourcesCorpus(store, bundled, 'Bundled')).refreshSnapshot();
    await store.putSources([story(3, mine.id)]);
    await store.removeSource('src-1');
    await store.updateSource('src-2', { meta: { outlet: 'Edited' } });
    const load = await loadSourcesCorpus(store, bundled, 'Bundled');
    expect(load.fromSnapshot).toBe(true);
    expect(ids(load)).toEqual([REPORT_A.id, 'src-2', 'src-3']);
    expect(load.corpus.reports.find((r) => r.id === 'src-2')?.outlet).toBe('Edited');
    await load.refreshSnapshot();
    expect(ids(await loadSourcesCorpus(store, bundled, 'Bundled'))).toEqual(ids(load));
  });

  it('leaves out the collections switched off, the bundled one included', async () => {
    const { store, mine } = await setUp();
    await store.updateCollection(mine.id, { active: false });
    await store.updateCollection('bundled', { active: false });
    const load = await loadSourcesCorpus(store, bundled, 'Bundled');
    expect(ids(load)).toEqual([]);
  });

  it('does not use a snapshot numbered for another bundled corpus', async () => {
    const { store } = await setUp();
    await (await loadSourcesCorpus(store, bundled, 'Bundled')).refreshSnapshot();
    const other = { ...bundled, vocabulary: [...bundled.vocabulary, 'new-key'] };
    const load = await loadSourcesCorpus(store, other, 'Bundled');
    expect(load).toMatchObject({ fromSnapshot: false, loaded: 2 });
  });
});

describe('a profile stored by an older version', () => {
  it('is upgraded to the current schema, keeping its sources, and read without a snapshot once', async () => {
    const name = `test-sources-v1-${++dbCount}`;
    // Version 1 as it was: collections and sources, no snapshot.
    const old = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('collections', { keyPath: 'id' });
        database.createObjectStore('sources', { keyPath: 'id' }).createIndex('collection', 'collection');
      },
    });
    await old.put('collections', {
      id: 'bundled',
      name: 'Bundled reports',
      active: true,
      readOnly: true,
      createdAt: 0,
    });
    await old.put('collections', { id: 'mine', name: 'Mine', active: true, readOnly: false, createdAt: 1 });
    await old.put('sources', story(1, 'mine'));
    old.close();
    const store = await openSourcesStore(name);
    expect((await store.catalog()).map((e) => e.id)).toEqual(['src-1']);
    const load = await loadSourcesCorpus(store, bundled, 'Bundled');
    expect(load).toMatchObject({ fromSnapshot: false, loaded: 1 });
    await load.refreshSnapshot();
    expect(await loadSourcesCorpus(store, bundled, 'Bundled')).toMatchObject({
      fromSnapshot: true,
      loaded: 1,
    });
  });
});
