import type { ReportMeta } from '@/lib';
import { formatDate } from './format-citation';
import { plural, t } from './i18n';

// What the corpus covers, for a page with nothing found in it: "not in the corpus" means little
// unless the reader knows which reports, which story and which dates the corpus holds. The bundled
// collection is about one story; the reader's own collections may be about anything, so each is
// described apart (its name, its count, its dates) and never folded into the bundled story.

/** "3 Dec 2025 to 8 Jan 2026", one date, or "undated". */
function dateSpan(reports: readonly ReportMeta[]): string {
  const dates = reports.flatMap((r) => (r.date ? [r.date] : [])).sort();
  const first = formatDate(dates[0] ?? null);
  const last = formatDate(dates.at(-1) ?? null);
  return !first || !last ? t('undated') : first === last ? first : t('coverageSpan', first, last);
}

/**
 * "The bundled collection holds 5 reports from 4 known outlets, 3 Dec 2025 to 8 Jan 2026, on one
 * story: “…”." The story is named by the earliest titled report's headline.
 */
function bundledCoverage(reports: readonly ReportMeta[]): string {
  const outlets = new Set(reports.flatMap((r) => (r.outlet ? [r.outlet] : []))).size;
  const titled = reports
    .filter((r) => r.title)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))[0];
  return t(
    titled ? 'coverageStory' : 'coverage',
    plural(reports.length, 'coverageReportsOne', 'coverageReportsOther'),
    plural(outlets, 'coverageOutletsOne', 'coverageOutletsOther'),
    dateSpan(reports),
    titled?.title ?? '',
  );
}

/**
 * What the compared collections cover, one sentence each: the bundled collection, then each of the
 * reader's collections in the order their reports come ("Your collection “Reading list” holds 2
 * reports, 9 Mar 2026."). `isOwn` tells the reader's sources from the bundled reports by id.
 */
export function corpusCoverage(reports: readonly ReportMeta[], isOwn: (id: string) => boolean): string {
  if (reports.length === 0) return t('coverageEmpty');
  const bundled = reports.filter((r) => !isOwn(r.id));
  const collections = new Map<string, ReportMeta[]>();
  for (const report of reports) {
    if (!isOwn(report.id)) continue;
    const name = report.collection ?? t('collectionMine');
    collections.set(name, [...(collections.get(name) ?? []), report]);
  }
  const own = [...collections].map(([name, members]) =>
    t(
      'coverageOwn',
      name,
      plural(members.length, 'coverageReportsOne', 'coverageReportsOther'),
      dateSpan(members),
    ),
  );
  return [...(bundled.length > 0 ? [bundledCoverage(bundled)] : []), ...own].join(' ');
}
