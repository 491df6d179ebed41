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

/** The name a report goes by: its outlet, else its file name. */
export function outletName(report: Pick<ReportMeta, 'id' | 'outlet'> | undefined, id: string): string {
  return report?.outlet ?? t('unknownOutletId', id);
}

/** A plain-text citation of one sentence of a report: outlet, title, date, address, quoted sentence. */
export function formatCitation(report: ReportMeta | undefined, id: string, sentence: string): string {
  const parts = [outletName(report, id)];
  if (report?.title) parts.push(`“${report.title}”`);
  const date = formatDate(report?.date ?? null, report?.dateApproximate);
  parts.push(date ?? t('undated'));
  if (report?.url) parts.push(report.url);
  return t('citation', parts.join(', '), sentence);
}
