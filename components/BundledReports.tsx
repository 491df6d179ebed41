import type { ReportMeta } from '@/lib';
import { formatDate, outletName } from '@/wording/format-citation';
import { t } from '@/wording/i18n';

// The bundled corpus's list of reports: what Crosscheck compares pages with.

export function BundledReports({ reports }: { reports: ReportMeta[] | null }) {
  return (
    <section class="bundled-reports" id="reports" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('bundledReports')}</h2>
      {reports === null ? (
        <p>{t('loading')}</p>
      ) : reports.length === 0 ? (
        <p>{t('corpusUnreadable')}</p>
      ) : (
        <ol>
          {reports.map((r) => (
            <li key={r.id} data-bundled-report={r.id}>
              {r.url ? (
                <a href={r.url} target="_blank" rel="noreferrer noopener">
                  {r.title ?? t('untitledReport')}
                </a>
              ) : (
                <span>{r.title ?? t('untitledReport')}</span>
              )}
              <span class="meta">
                {outletName(r)} · {formatDate(r.date, r.dateApproximate) ?? t('undated')} · {r.language}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
