import type { ReportMeta } from '@/lib';
import { formatDate, outletName } from '@/wording/format-citation';
import { t } from '@/wording/i18n';

// Who said it and when, with a link to the report. Clicking the outlet name opens the report view.

interface Props {
  id: string;
  report: ReportMeta | undefined;
  onOpenReport?: (id: string) => void;
}

export function SourceLine({ id, report, onOpenReport }: Props) {
  const name = outletName(report, id);
  const date = formatDate(report?.date ?? null, report?.dateApproximate);
  return (
    <div class="source-line">
      {onOpenReport ? (
        <button type="button" class="link-button outlet" onClick={() => onOpenReport(id)}>
          {name}
        </button>
      ) : (
        <span class="outlet">{name}</span>
      )}
      <span class="date">{date ?? t('undated')}</span>
      {report?.url && (
        <a class="report-link" href={report.url} target="_blank" rel="noreferrer noopener">
          {t('openReport')}
          <span class="visually-hidden"> {t('openReportHidden', name)}</span>
        </a>
      )}
    </div>
  );
}
