import { extractArticle } from '@/lib';
import { parseCollection, type CollectionProblem } from '@/lib';
import { readPageMeta } from '@/lib';
import { readSourceFiles, type SourceFile } from '@/lib';
import { prepareExported, prepareSource, sourceId } from '@/lib/sources/user-source';
import { sendToBackground } from '@/messaging/protocol';
import { SourcesStoreError, type SourcesStore, type StoredCollection } from '@/settings/sources-db';
import { t } from '@/wording/i18n';

// What the options page does with the reader's sources: files in, collections out and in. Every
// change is written to the store, then the background is told to reload and compare open pages again.

/** Files as picked, from a folder (their path inside it) or dropped. */
export async function readPicked(files: Iterable<File>): Promise<SourceFile[]> {
  return Promise.all(
    [...files].map(async (file) => ({ name: file.webkitRelativePath || file.name, text: await file.text() })),
  );
}

/** An HTML file read as a page is: its article and its own metadata tags. */
function readHtml(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = extractArticle(doc, { charThreshold: 100 });
  const meta = readPageMeta(doc, null);
  return {
    title: article?.title ?? meta.title,
    text: article?.text ?? doc.body?.textContent ?? '',
    meta: { outlet: meta.outlet, date: meta.date, url: meta.url, title: meta.title ?? undefined },
  };
}

/** Prepares and stores picked files in one collection; returns how many were added and the files skipped. */
export async function addFiles(
  store: SourcesStore,
  files: readonly SourceFile[],
  collection: StoredCollection,
): Promise<{ added: number; skipped: string[] }> {
  const { reports, skipped } = readSourceFiles(files, readHtml);
  const sources = reports.map((raw) =>
    prepareSource({ ...raw, id: sourceId(raw.meta?.url, raw.text) }, collection.id),
  );
  await store.putSources(sources);
  await changed();
  return { added: sources.length, skipped };
}

/** Imports a collection file, all or nothing. Throws an Error whose message says why nothing changed. */
export async function importCollection(
  store: SourcesStore,
  text: string,
): Promise<StoredCollection & { count: number }> {
  const parsed = parseCollection(text);
  if (!parsed.ok) throw new Error(t('importRefused', problemText(parsed.problem)));
  const file = parsed.value;
  const collection = await store.importCollection(file.name, (id) =>
    file.sources.map((source) => prepareExported(source, id)),
  );
  await changed();
  return { ...collection, count: file.sources.length };
}

function problemText(problem: CollectionProblem): string {
  switch (problem.reason) {
    case 'too-large':
      return t('importTooLarge', 64);
    case 'truncated':
      return t('importTruncated');
    case 'not-json':
      return t('importNotJson');
    case 'not-collection':
      return t('importNotCollection');
    case 'wrong-version':
      return t('importWrongVersion', problem.message.match(/version (\S+);/)?.[1] ?? '?', 1);
    default:
      return t(
        'importDamaged',
        problem.message.replace(/^The collection is damaged /, '').replace(/\.$/, ''),
      );
  }
}

/** Saves a collection as a file the reader downloads (no network: a local blob). */
export async function downloadCollection(store: SourcesStore, collection: StoredCollection): Promise<void> {
  const file = await store.exportCollection(collection.id);
  const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${collection.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'collection'}.crosscheck.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Tells the background that the sources changed: it reloads them and compares open pages again. */
export async function changed(): Promise<void> {
  await sendToBackground('sourcesChanged', {}).catch(() => undefined);
}

/** A store error in the reader's words (a full disk has its own). */
export function storeProblem(error: unknown): string {
  if (error instanceof SourcesStoreError && error.kind === 'quota') return t('storageFull');
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(t('importRefused', '').trim()) ? message : t('sourcesError', message);
}

/** Storage used by the extension's origin, when the browser tells. */
export async function storageUsed(): Promise<number | null> {
  try {
    return (await navigator.storage?.estimate?.())?.usage ?? null;
  } catch {
    return null;
  }
}
