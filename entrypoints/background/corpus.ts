import { browser } from '#imports';
import { createEngine, type Engine } from '@/lib';
import { t } from '@/wording/i18n';

// The prepared corpus is read once per background lifetime from the extension's own files (no network).

let loading: Promise<Engine> | null = null;

export function getCorpus(): Promise<Engine> {
  loading ??= (async () => {
    // Typed loosely: the file is generated at build time, so WXT's list of public paths may lack it.
    const url = (browser.runtime.getURL as (path: string) => string)('/corpus/index.json');
    const response = await fetch(url);
    if (!response.ok) throw new Error(t('corpusMissing'));
    return createEngine(await response.json());
  })();
  loading.catch(() => {
    loading = null; // let the next request try again
  });
  return loading;
}
