import { t } from '@/wording/i18n';

// "Export": the page's whole comparison as a file, CSV for a spreadsheet or JSON in the shape of
// `npm run compare -- --json`.

export type ExportFormat = 'csv' | 'json';

export function ExportMenu({ onExport }: { onExport: (format: ExportFormat) => void }) {
  return (
    <div class="export-menu" role="group" aria-label={t('exportLabel')}>
      <span class="export-label" aria-hidden="true">
        {t('exportShort')}
      </span>
      <button type="button" data-export="csv" onClick={() => onExport('csv')}>
        CSV
      </button>
      <button type="button" data-export="json" onClick={() => onExport('json')}>
        JSON
      </button>
    </div>
  );
}
