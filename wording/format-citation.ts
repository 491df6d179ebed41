import type { ReportMeta } from '@/lib';
import { t } from './i18n';

/** "11 Dec 2025", with "about" when the date is approximate. Dates are ISO `YYYY-MM-DD`. */
export function formatDate(date: string | null, approximate = false): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  const months = t('monthsShort').split(' ');
  const text = `${d} ${months[m - 1] ?? '?'} ${y}`;
  return approximate ? t('dateApproximate', text) : text;
}

/**
 * The name a report goes by: its outlet, else what is known of it ("Unattributed report, 8 Jan
 * 2026"). Never its file name: that is an id for tools, not a source a reader can weigh. `_id` is
 * kept so callers need not change.
 */
export function outletName(report: Pick<ReportMeta, 'outlet' | 'date'> | undefined, _id?: string): string {
  if (report?.outlet) return report.outlet;
  const date = formatDate(report?.date ?? null);
  return date ? t('unattributedDated', date) : t('unattributed');
}

/** How long a first line used as a title may be before it is cut at a word. */
const TITLE_LENGTH = 90;

/** A report's title: from its metadata, else its first line (cut at a word when long), else null. */
export function reportTitle(title: string | null, sentences: readonly string[]): string | null {
  if (title) return title;
  const first = sentences[0]?.trim();
  if (!first) return null;
  if (first.length <= TITLE_LENGTH) return first;
  const cut = first.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/u, '')}…`;
}

/** A plain-text citation of one sentence of a report: outlet, title, date, address, quoted sentence. */
export function formatCitation(report: ReportMeta | undefined, _id: string, sentence: string): string {
  const parts = [report?.outlet ?? t('unattributed')];
  if (report?.title) parts.push(`“${report.title}”`);
  const date = formatDate(report?.date ?? null, report?.dateApproximate);
  parts.push(date ?? t('undated'));
  if (report?.url) parts.push(report.url);
  return t('citation', parts.join(', '), sentence);
}
