import type { SourceMetaEdit } from '@/lib';
import { t } from '@/wording/i18n';

// The form that corrects a source's outlet, title, date and address: the panel's just-added page and
// the options page's list both edit one with it.

const FIELDS: Array<[keyof SourceMetaEdit, 'sourceOutlet' | 'sourceTitle' | 'sourceDate' | 'sourceUrl']> = [
  ['outlet', 'sourceOutlet'],
  ['title', 'sourceTitle'],
  ['date', 'sourceDate'],
  ['url', 'sourceUrl'],
];

interface Props {
  /** The form's class: `source-meta`, plus the caller's own. */
  class: string;
  value: SourceMetaEdit;
  /** One field typed; an emptied field is null. */
  onField: (field: keyof SourceMetaEdit, value: string | null) => void;
  onSave: () => void;
}

export function SourceMetaFields({ class: className, value, onField, onSave }: Props) {
  return (
    <form
      class={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {FIELDS.map(([field, label]) => (
        <label key={field}>
          <span>{t(label)}</span>
          <input
            type="text"
            name={field}
            value={value[field] ?? ''}
            onInput={(e) => onField(field, (e.currentTarget as HTMLInputElement).value || null)}
          />
        </label>
      ))}
      <button type="submit" class="secondary">
        {t('sourceSave')}
      </button>
    </form>
  );
}
