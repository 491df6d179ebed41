import { useState } from 'preact/hooks';
import { t } from '@/wording/i18n';

// The collections: which ones pages are compared with, and each one's name, export and removal. The
// bundled reports are one of them, read-only.

export interface CollectionRow {
  id: string;
  name: string;
  active: boolean;
  readOnly: boolean;
  count: number;
}

interface Props {
  collections: CollectionRow[];
  onActive: (id: string, active: boolean) => void;
  onRename: (id: string, name: string) => void;
  onExport: (id: string) => void;
  onDelete: (id: string) => void;
  onCreate: (name: string) => void;
  onImport: (file: File) => void;
}

export function CollectionList({
  collections,
  onActive,
  onRename,
  onExport,
  onDelete,
  onCreate,
  onImport,
}: Props) {
  const [name, setName] = useState('');
  return (
    <div class="collections">
      <h3>{t('collectionsTitle')}</h3>
      <ul>
        {collections.map((c) => (
          <li key={c.id} data-collection-id={c.id}>
            <label class="collection-name option">
              <input
                type="checkbox"
                checked={c.active}
                aria-label={t('collectionCompare', c.name)}
                onChange={(e) => onActive(c.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>
                {c.name}
                <small>
                  {t(c.count === 1 ? 'sourcesCountOne' : 'sourcesCountOther', c.count)}
                  {c.readOnly && ` · ${t('collectionReadOnly')}`}
                </small>
              </span>
            </label>
            {!c.readOnly && (
              <>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    const next = prompt(t('collectionRename'), c.name);
                    if (next?.trim()) onRename(c.id, next.trim());
                  }}
                >
                  {t('collectionRename')}
                </button>
                <button
                  type="button"
                  class="link-button"
                  data-action="export-collection"
                  onClick={() => onExport(c.id)}
                >
                  {t('collectionExport')}
                </button>
                <button
                  type="button"
                  class="link-button"
                  data-action="delete-collection"
                  onClick={() => onDelete(c.id)}
                >
                  {t('collectionDelete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <form
        class="source-tools"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onCreate(name.trim());
          setName('');
        }}
      >
        <label>
          {t('collectionNewName')}
          <input
            type="text"
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="secondary">
          {t('collectionCreate')}
        </button>
        <label class="file-button">
          {t('collectionImport')}
          <input
            type="file"
            accept=".json,application/json"
            data-action="import-collection"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) onImport(file);
            }}
          />
        </label>
      </form>
    </div>
  );
}
