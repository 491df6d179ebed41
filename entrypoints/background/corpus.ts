import { browser } from '#imports';
import { engineOf, type Engine } from '@/lib';
import { t } from '@/wording/i18n';
import { corpusWithSources } from './user-sources';

// The prepared corpus is read once per background lifetime from the extension's own files (no network).

let loading: Promise<Engine> | null = null;

export function getCorpus(): Promise<Engine> {
  loading ??= (async () => {
    // Typed loosely: the file is generated at build time, so WXT's list of public paths may lack it.
    const url = (browser.runtime.getURL as (path: string) => string)('/corpus/index.json');
    const response = await fetch(url);
    if (!response.ok) throw new Error(t('corpusMissing'));
    // With the reader's own sources, read prepared from IndexedDB (user-sources.ts).
    return engineOf(await corpusWithSources(await response.json()));
  })();
  loading.catch(() => {
    loading = null; // let the next request try again
  });
  return loading;
}

/** The corpus if it is loaded or loading, without starting a load. */
export function loadedCorpus(): Promise<Engine> | null {
  return loading;
}

/** Drops the loaded corpus: the next request loads it again (the reader's sources changed). */
export function reloadCorpus(): void {
  loading = null;
}
