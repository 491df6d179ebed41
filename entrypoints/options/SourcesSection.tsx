import { useCallback, useEffect, useState } from 'preact/hooks';
import { AddSourceForm } from '@/components/AddSourceForm';
import { CollectionList, type CollectionRow } from '@/components/CollectionList';
import { SourceList, type SourceRow } from '@/components/SourceList';
import {
  BUNDLED_COLLECTION,
  openSourcesStore,
  type CatalogEntry,
  type SourcesStore,
} from '@/settings/sources-db';
import { plural, t } from '@/wording/i18n';
import * as actions from './sources-actions';

// The options page's "Your own sources": collections, files in, the list, export and import. Changes
// go to the store at once; a removal can be undone until the next one.

interface State {
  collections: CollectionRow[];
  sources: SourceRow[];
  used: number | null;
}

const row = ({ id, title, outlet, date, url, collection }: CatalogEntry): SourceRow => ({
  id,
  title,
  outlet,
  date,
  url,
  collection,
});

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;

export function SourcesSection({ bundledCount }: { bundledCount: number }) {
  const [store, setStore] = useState<SourcesStore | null>(null);
  const [state, setState] = useState<State | null>(null);
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<{ text: string; problem?: boolean; undo?: () => void } | null>(null);

  const refresh = useCallback(
    async (db: SourcesStore) => {
      const [collections, sources, used] = await Promise.all([
        db.collections(),
        db.catalog(),
        actions.storageUsed(),
      ]);
      const counts = new Map<string, number>();
      for (const s of sources) counts.set(s.collection, (counts.get(s.collection) ?? 0) + 1);
      setState({
        collections: collections.map((c) => ({
          ...c,
          name: c.id === BUNDLED_COLLECTION ? t('collectionBundled') : c.name,
          count: counts.get(c.id) ?? 0,
        })),
        sources: sources.sort((a, b) => b.addedAt - a.addedAt).map(row),
        used,
      });
    },
    [bundledCount],
  );

  useEffect(() => {
    void openSourcesStore().then(
      async (db) => {
        setStore(db);
        await refresh(db);
      },
      (e: unknown) => setMessage({ text: actions.storeProblem(e), problem: true }),
    );
  }, [refresh]);

  if (!store || !state) return <section class="own-sources">{message?.text ?? t('loading')}</section>;

  /** Runs a change, then shows what happened; a failure leaves the store as it was and says why. */
  const run = (work: () => Promise<string | { text: string; undo?: () => void } | void>, notify = true) =>
    void work()
      .then(async (said) => {
        if (notify) await actions.changed();
        await refresh(store);
        setMessage(typeof said === 'string' ? { text: said } : (said ?? null));
      })
      .catch((e: unknown) => setMessage({ text: actions.storeProblem(e), problem: true }));

  const own = state.collections.filter((c) => !c.readOnly);
  const addTarget = own.find((c) => c.id === target) ?? own[0];
  const onFiles = (files: File[]) =>
    run(async () => {
      const collection = addTarget
        ? await store.collection(addTarget.id)
        : await store.defaultCollection(t('collectionMine'));
      const { added, skipped } = await actions.addFiles(store, await actions.readPicked(files), collection);
      return [
        plural(added, 'filesAddedOne', 'filesAdded'),
        skipped.length ? t('filesSkipped', skipped.join(', ')) : '',
      ]
        .filter(Boolean)
        .join(' ');
    }, false);

  const count = state.sources.length;
  return (
    <section class="own-sources" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sourcesTitle')}</h2>
      <p class="hint">{t('sourcesIntro')}</p>
      <p data-sources-count={count}>
        {t(count === 1 ? 'sourcesCountOne' : 'sourcesCountOther', count)}
        {state.used !== null && ` · ${t('storageUsed', megabytes(state.used))}`}
      </p>
      <p class={`sources-status${message?.problem ? ' problem' : ''}`} role="status" data-sources-status>
        {message?.text}
        {message?.undo && (
          <>
            {' '}
            <button type="button" class="link-button" data-action="undo" onClick={message.undo}>
              {t('undo')}
            </button>
          </>
        )}
      </p>
      <CollectionList
        collections={state.collections.map((c) =>
          c.id === BUNDLED_COLLECTION ? { ...c, count: bundledCount } : c,
        )}
        onActive={(id, active) => run(() => store.updateCollection(id, { active }))}
        onRename={(id, name) => run(() => store.updateCollection(id, { name }))}
        onExport={(id) =>
          run(async () => actions.downloadCollection(store, await store.collection(id)), false)
        }
        onDelete={(id) =>
          run(async () => {
            const removed = await store.deleteCollection(id);
            return {
              text: t('collectionDeleted', removed.collection.name),
              undo: () =>
                run(async () => {
                  await store.importCollection(removed.collection.name, (cid) =>
                    removed.sources.map((s) => ({ ...s, collection: cid })),
                  );
                }),
            };
          })
        }
        onCreate={(name) => run(async () => void (await store.createCollection(name)), false)}
        onImport={(file) =>
          run(async () => {
            const imported = await actions.importCollection(store, await file.text());
            return t('collectionImported', imported.name, imported.count);
          }, false)
        }
      />
      <AddSourceForm
        collections={own.length ? own : [{ id: '', name: t('collectionMine') }]}
        target={addTarget?.id ?? ''}
        onTarget={setTarget}
        onFiles={onFiles}
      />
      <SourceList
        sources={state.sources}
        collections={own}
        onRemove={(id) =>
          run(async () => {
            const removed = await store.removeSource(id);
            return {
              text: t('sourceRemoved', removed.report.title ?? t('untitledReport')),
              undo: () => run(() => store.putSources([removed])),
            };
          })
        }
        onMove={(id, collection) => run(async () => void (await store.updateSource(id, { collection })))}
        onEdit={(id, meta) => run(async () => void (await store.updateSource(id, { meta })))}
      />
    </section>
  );
}
