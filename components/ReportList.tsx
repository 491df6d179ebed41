import type { ReportMeta } from '@/lib';
import type { Match } from '@/lib';
import { formatDate, outletName } from '@/wording/format-citation';
import { plural, t } from '@/wording/i18n';

// The bundled reports, each with how many of the page's claims it states; opens the report view.

interface Props {
  reports: ReportMeta[];
  matches: Match[];
  self: string | null;
  onOpen: (id: string) => void;
}

export function ReportList({ reports, matches, self, onOpen }: Props) {
  const claimsOf = (id: string) =>
    new Set(matches.filter((m) => m.report === id).map((m) => m.pageIndex)).size;
  return (
    <section class="report-list" aria-labelledby="report-list-title">
      <h2 id="report-list-title">{t('otherReports')}</h2>
      <ul>
        {reports
          .filter((r) => r.id !== self)
          .map((r) => {
            const n = claimsOf(r.id);
            return (
              <li key={r.id}>
                <button type="button" class="link-button" onClick={() => onOpen(r.id)}>
                  {outletName(r, r.id)}
                </button>
                <span class="date">{formatDate(r.date, r.dateApproximate) ?? t('undated')}</span>
                <span class="report-claims-count">{plural(n, 'claimCountOne', 'claimCountOther')}</span>
              </li>
            );
          })}
      </ul>
    </section>
  );
}
