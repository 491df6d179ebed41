import { sendToBackground } from '@/messaging/protocol';
import { t } from '@/wording/i18n';

/** The popup's "Add this page to my sources": adds it and says where (details are edited in the panel). */
export function AddPageButton({
  tabId,
  done,
  onDone,
}: {
  tabId: number;
  done: string | null;
  onDone: (line: string) => void;
}) {
  if (done)
    return (
      <p class="popup-added" role="status">
        {done}
      </p>
    );
  return (
    <button
      type="button"
      class="secondary"
      data-action="add-source"
      onClick={() =>
        void sendToBackground('addPageSource', { tabId }).then(
          (added) => onDone(t(added.updated ? 'sourceUpdated' : 'sourceAdded', added.collectionName)),
          (e: unknown) => onDone(e instanceof Error ? e.message : String(e)),
        )
      }
    >
      {t('addSourceButton')}
    </button>
  );
}
