import { browser } from '#imports';
import { loadCorpus, type Corpus } from '@/lib/corpus/load-corpus';
import { t } from '@/wording/i18n';

// The prepared corpus is read once per background lifetime from the extension's own files (no network).

let loading: Promise<Corpus> | null = null;

export function getCorpus(): Promise<Corpus> {
  loading ??= (async () => {
    // Typed loosely: the file is generated at build time, so WXT's list of public paths may lack it.
    const url = (browser.runtime.getURL as (path: string) => string)('/corpus/index.json');
    const response = await fetch(url);
    if (!response.ok) throw new Error(t('corpusMissing'));
    return loadCorpus(await response.json());
  })();
  loading.catch(() => {
    loading = null; // let the next request try again
  });
  return loading;
}
