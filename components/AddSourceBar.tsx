import { useState } from 'preact/hooks';
import { t } from '@/wording/i18n';

// "Add this page to my sources" and, once added, what was read from the page, to correct. The added
// note carries the DOM contract: data-source-added holds the new source's id.

/** What was read from the page, as the reader may correct it. */
export interface SourceMetaEdit {
  outlet: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}

export interface AddedSource {
  id: string;
  collectionName: string;
  updated: boolean;
  meta: SourceMetaEdit;
}

interface Props {
  added: AddedSource | null;
  busy: boolean;
  onAdd: () => void;
  onSave: (id: string, meta: SourceMetaEdit) => void;
}

const FIELDS: Array<[keyof SourceMetaEdit, 'sourceOutlet' | 'sourceTitle' | 'sourceDate' | 'sourceUrl']> = [
  ['outlet', 'sourceOutlet'],
  ['title', 'sourceTitle'],
  ['date', 'sourceDate'],
  ['url', 'sourceUrl'],
];

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
        <form
          class="source-meta"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(added.id, meta);
          }}
        >
          {FIELDS.map(([field, label]) => (
            <label key={field}>
              <span>{t(label)}</span>
              <input
                type="text"
                name={field}
                value={meta[field] ?? ''}
                onInput={(e) => {
                  const value = (e.currentTarget as HTMLInputElement).value || null;
                  setMeta((m) => m && { ...m, [field]: value });
                }}
              />
            </label>
          ))}
          <button type="submit" class="secondary">
            {t('sourceSave')}
          </button>
        </form>
      </details>
    </div>
  );
}
