import type { ReportMeta } from '@/lib';
import { formatDate } from './format-citation';
import { plural, t } from './i18n';

// What the corpus covers, for a page with nothing found in it: "not in the corpus" means little
// unless the reader knows which reports, which story and which dates the corpus holds.

/**
 * "The bundled collection holds 5 reports from 4 known outlets, 3 Dec 2025 to 8 Jan 2026, on one
 * story: “…”." The story is named by the earliest titled report's headline.
 */
export function corpusCoverage(reports: readonly ReportMeta[]): string {
  if (reports.length === 0) return t('coverageEmpty');
  const outlets = new Set(reports.flatMap((r) => (r.outlet ? [r.outlet] : []))).size;
  const dates = reports.flatMap((r) => (r.date ? [r.date] : [])).sort();
  const first = formatDate(dates[0] ?? null);
  const last = formatDate(dates.at(-1) ?? null);
  const span = !first || !last ? t('undated') : first === last ? first : t('coverageSpan', first, last);
  const titled = reports
    .filter((r) => r.title)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))[0];
  return t(
    titled ? 'coverageStory' : 'coverage',
    plural(reports.length, 'coverageReportsOne', 'coverageReportsOther'),
    plural(outlets, 'coverageOutletsOne', 'coverageOutletsOther'),
    span,
    titled?.title ?? '',
  );
}
