import { useState } from 'preact/hooks';
import { t } from '@/wording/i18n';

// Files, a folder of files, or files dropped here, added to the chosen collection.

interface Props {
  collections: Array<{ id: string; name: string }>;
  target: string;
  onTarget: (id: string) => void;
  onFiles: (files: File[]) => void;
}

const ACCEPT = '.txt,.md,.html,.htm,.json';

export function AddSourceForm({ collections, target, onTarget, onFiles }: Props) {
  const [over, setOver] = useState(false);
  const picked = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    if (input.files?.length) onFiles([...input.files]);
    input.value = '';
  };
  return (
    <div
      class={`drop-zone${over ? ' over' : ''}`}
      data-drop-zone
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length) onFiles(files);
      }}
    >
      <div class="source-tools">
        <label>
          {t('addTo')}
          <select value={target} onChange={(e) => onTarget((e.currentTarget as HTMLSelectElement).value)}>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label class="file-button">
          {t('addFiles')}
          <input type="file" multiple accept={ACCEPT} data-action="add-files" onChange={picked} />
        </label>
        <label class="file-button">
          {t('addFolder')}
          {/* webkitdirectory is not in Preact's types: set through a spread. */}
          <input
            type="file"
            multiple
            {...{ webkitdirectory: '' }}
            data-action="add-folder"
            onChange={picked}
          />
        </label>
      </div>
      <p class="hint">{t('dropFiles')}</p>
    </div>
  );
}
