import { parseHTML } from 'linkedom';
import type { Corpus } from '@/lib';
import { loadCorpus } from '@/lib';
import type { PreparedCorpusJson } from '@/lib';
import type { ReportMeta } from '@/lib';
import { appendSource } from '@/lib';
import { readPageMeta } from '@/lib';
import { prepareSource, sourceId } from '@/lib/sources/user-source';
import type { EngineWords } from '@/messaging/engine-protocol';
import type { AddedSource, SourceMetaEdit, SourcesStatus } from '@/messaging/protocol';
import { loadSourcesCorpus } from '@/settings/sources-corpus';
import { openSourcesStore, SourcesStoreError, type SourcesStore } from '@/settings/sources-db';
import { extractFromHtml } from './extract-page';

// The reader's own sources, where the engine runs (its worker, or the background as a fallback): the
// corpus pages are compared with is the bundled reports plus the sources of the active collections,
// merged from their stored prepared form (no text is read again at start-up). A page added is prepared once, stored, and appended to the loaded
// corpus; any other change (remove, edit, move, import, a collection switched off) reloads it.

let store: Promise<SourcesStore> | null = null;
const status: SourcesStatus = { loaded: 0, loadMs: 0, preparedSinceStart: 0, fromSnapshot: false };
/** The bundled reports, listed on the options page whether or not their collection is active. */
let bundledMetas: ReportMeta[] = [];

export function bundledReports(): ReportMeta[] {
  return bundledMetas;
}

export function sourcesStore(): Promise<SourcesStore> {
  store ??= openSourcesStore();
  store.catch(() => (store = null));
  return store;
}

/** The bundled corpus merged with the active collections' sources. */
export async function corpusWithSources(bundledJson: unknown, bundledName: string): Promise<Corpus> {
  const bundled = loadCorpus(bundledJson); // validates the bundled file; its JSON is reused below
  bundledMetas = bundled.reports.map(({ sentences: _sentences, ...meta }) => meta);
  let db: SourcesStore;
  try {
    db = await sourcesStore();
  } catch (error) {
    // No IndexedDB (a private window in some browsers): the bundled reports still work.
    console.warn('Crosscheck: the reader’s sources could not be opened.', error);
    return bundled;
  }
  const started = performance.now();
  const load = await loadSourcesCorpus(db, bundledJson as PreparedCorpusJson, bundledName);
  status.loaded = load.loaded;
  status.loadMs = Math.round(performance.now() - started);
  status.fromSnapshot = load.fromSnapshot;
  // Read by tests and profiles: the sources came from stored prepared data, nothing was prepared.
  performance.mark('crosscheck:sources-loaded', { detail: { ...status } });
  // The snapshot is brought up to date after pages had their answer, not before.
  setTimeout(() => void load.refreshSnapshot().catch((e: unknown) => console.warn('Crosscheck:', e)), 3000);
  return load.corpus;
}

export function sourcesStatus(): SourcesStatus {
  return { ...status };
}

/**
 * Adds the article of a page (the HTML its tab last sent). Returns the new source and whether the
 * loaded corpus took it in place (else it must be reloaded).
 */
export async function addPageSource(
  page: { url: string | null; html: string },
  corpus: Corpus | null,
  words: EngineWords,
): Promise<{ added: AddedSource; appended: boolean }> {
  const article = extractFromHtml(page.html);
  if (!article) throw new Error(words.addSourceNoArticle);
  const doc = parseHTML(page.html).document as unknown as Document;
  const read = readPageMeta(doc, page.url);
  const meta: SourceMetaEdit = {
    outlet: read.outlet,
    title: read.title ?? article.title,
    date: read.date,
    url: read.url,
  };
  const text = [article.title, article.text].filter(Boolean).join('\n');
  const id = sourceId(meta.url, article.text);
  const db = await sourcesStore();
  const known = await db.source(id);
  const collection = known
    ? await db.collection(known.collection)
    : await db.defaultCollection(words.collectionMine);
  status.preparedSinceStart++;
  const source = prepareSource({ id, text, meta: { ...meta, dateApproximate: false } }, collection.id);
  await db.putSources([source]).catch((error: unknown) => {
    // A full store refuses the whole write: say so in the reader's words; nothing stored is lost.
    throw error instanceof SourcesStoreError && error.kind === 'quota' ? new Error(words.storageFull) : error;
  });
  const added: AddedSource = { id, collectionName: collection.name, updated: Boolean(known), meta };
  // A new source of an active collection goes into the loaded index as it is; an update replaces one.
  const appendable = corpus && !known && collection.active && !corpus.reports.some((r) => r.id === id);
  if (appendable) {
    appendSource(corpus, source, collection.name);
    status.loaded++;
  }
  return { added, appended: Boolean(appendable) };
}

export async function updateSourceMeta(id: string, meta: SourceMetaEdit): Promise<void> {
  const clean = (value: unknown, max: number) =>
    typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;
  const date = clean(meta?.date, 10);
  await (
    await sourcesStore()
  ).updateSource(String(id), {
    meta: {
      outlet: clean(meta?.outlet, 500),
      title: clean(meta?.title, 2000),
      url: clean(meta?.url, 4000),
      date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    },
  });
}
