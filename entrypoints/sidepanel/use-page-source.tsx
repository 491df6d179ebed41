import { useEffect, useState } from 'preact/hooks';
import { AddSourceBar } from '@/components/AddSourceBar';
import type { AddedSource, PanelData } from '@/messaging/protocol';
import { t } from '@/wording/i18n';
import type { PanelSource } from './panel-source';

/**
 * The panel's "Add this page to my sources" bar, shown for a page with an article: adds it, then
 * offers its details to correct. Forgets what was added when the panel follows another tab.
 */
export function usePageSource(
  source: PanelSource,
  tabId: number | null | undefined,
  data: PanelData | null,
  say: (text: string) => void,
) {
  const [added, setAdded] = useState<AddedSource | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setAdded(null), [tabId, data?.tab.url]);

  if (!source.addSource || tabId == null || data?.tab.status !== 'article') return null;
  const fail = (e: unknown) => say(e instanceof Error ? e.message : String(e));
  return (
    <AddSourceBar
      added={added}
      busy={busy}
      onAdd={() => {
        setBusy(true);
        void source.addSource!(tabId)
          .then(setAdded, fail)
          .finally(() => setBusy(false));
      }}
      onSave={(id, meta) => {
        void source.updateSource?.(id, meta).then(() => {
          setAdded((a) => (a ? { ...a, meta } : a));
          say(t('saved'));
        }, fail);
      }}
    />
  );
}
