import { useMemo, useState } from 'preact/hooks';
import { formatDate } from '@/wording/format-citation';
import { t } from '@/wording/i18n';
import { SourceMetaFields } from './SourceMetaFields';

// The reader's sources: searched, edited, moved between collections, removed. Each row carries the DOM
// contract: data-source holds the source's id, and its remove control data-action="remove-source".

export interface SourceRow {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  collection: string;
}

export type SourceEdit = Pick<SourceRow, 'title' | 'outlet' | 'date' | 'url'>;

interface Props {
  sources: SourceRow[];
  collections: Array<{ id: string; name: string }>;
  onRemove: (id: string) => void;
  onMove: (id: string, collection: string) => void;
  onEdit: (id: string, meta: SourceEdit) => void;
}

/** Shown at most: a longer list is searched, not scrolled. */
const SHOWN = 200;

export function SourceList({ sources, collections, onRemove, onMove, onEdit }: Props) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return sources;
    return sources.filter((s) =>
      [s.title, s.outlet, s.url, s.date].some((field) => field?.toLowerCase().includes(q)),
    );
  }, [sources, query]);
  return (
    <div class="sources">
      <label class="source-tools">
        <span class="visually-hidden">{t('sourcesSearch')}</span>
        <input
          type="search"
          placeholder={t('sourcesSearch')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {found.length === 0 ? (
        <p class="hint">{t('sourcesEmpty')}</p>
      ) : (
        <ul class="source-list">
          {found.slice(0, SHOWN).map((s) => (
            <SourceItem
              key={s.id}
              source={s}
              collections={collections}
              onRemove={onRemove}
              onMove={onMove}
              onEdit={onEdit}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function SourceItem({
  source,
  collections,
  onRemove,
  onMove,
  onEdit,
}: Omit<Props, 'sources'> & { source: SourceRow }) {
  const [draft, setDraft] = useState<SourceEdit>(source);
  const title = source.title ?? t('untitledReport');
  return (
    <li class="source-item" data-source={source.id}>
      <span class="source-text">
        <span class="source-title">{title}</span>
        <span class="meta">
          {source.outlet ?? t('unattributed')} · {formatDate(source.date) ?? t('undated')}
        </span>
        <details>
          <summary>{t('sourceEdit')}</summary>
          <SourceMetaFields
            class="source-fields source-meta"
            value={draft}
            onField={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
            onSave={() => onEdit(source.id, draft)}
          />
        </details>
      </span>
      <label class="visually-hidden" for={`move-${source.id}`}>
        {t('sourceMoveTo')}
      </label>
      <select
        id={`move-${source.id}`}
        value={source.collection}
        onChange={(e) => onMove(source.id, (e.currentTarget as HTMLSelectElement).value)}
      >
        {collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="link-button"
        data-action="remove-source"
        aria-label={t('sourceRemoveNamed', title)}
        onClick={() => onRemove(source.id)}
      >
        {t('sourceRemove')}
      </button>
    </li>
  );
}
