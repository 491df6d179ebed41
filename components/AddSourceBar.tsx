import { useState } from 'preact/hooks';
import type { AddedSource, SourceMetaEdit } from '@/lib';
import { t } from '@/wording/i18n';
import { SourceMetaFields } from './SourceMetaFields';

// "Add this page to my sources" and, once added, what was read from the page, to correct. The added
// note carries the DOM contract: data-source-added holds the new source's id.

interface Props {
  added: AddedSource | null;
  busy: boolean;
  onAdd: () => void;
  onSave: (id: string, meta: SourceMetaEdit) => void;
}

export function AddSourceBar({ added, busy, onAdd, onSave }: Props) {
  const [meta, setMeta] = useState<SourceMetaEdit | null>(added?.meta ?? null);
  // A new source (or none) starts from what was read; set while rendering, so no keystroke is lost
  // to an effect that runs later.
  const [shown, setShown] = useState(added);
  if (shown !== added) {
    setShown(added);
    setMeta(added?.meta ?? null);
  }

  if (!added || !meta)
    return (
      <div class="add-source">
        <button type="button" class="secondary" data-action="add-source" disabled={busy} onClick={onAdd}>
          {t('addSourceButton')}
        </button>
      </div>
    );

  return (
    <div class="add-source added" data-source-added={added.id}>
      <p role="status">{t(added.updated ? 'sourceUpdated' : 'sourceAdded', added.collectionName)}</p>
      <details>
        <summary>{t('sourceEdit')}</summary>
        <SourceMetaFields
          class="source-meta"
          value={meta}
          onField={(field, value) => setMeta((m) => m && { ...m, [field]: value })}
          onSave={() => onSave(added.id, meta)}
        />
      </details>
    </div>
  );
}
