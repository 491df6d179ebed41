import type { ReportMeta } from '@/lib';

// What a citation is made from: a CSL-JSON item (the Citation Style Language's data format), for a
// report of the corpus or for the page being read. Kept apart from the formatting, which loads
// citation-js, so that building an item costs nothing.

type DateParts = { 'date-parts': number[][] };

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title?: string;
  'container-title'?: string;
  URL?: string;
  issued?: DateParts;
  accessed: DateParts;
  language?: string;
}

function dateParts(date: Date): DateParts {
  return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
}

/** "2025-12-03" (or "2025-12", "2025") as CSL date parts. */
function isoParts(iso: string | null): DateParts | undefined {
  const parts = iso
    ?.split('-')
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
  return parts && parts.length > 0 ? { 'date-parts': [parts] } : undefined;
}

const defined = <T extends object>(item: T): T =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && v !== null)) as T;

/** A report of the corpus, accessed on `accessed`. Its title is its first line when it had none. */
export function reportItem(report: ReportMeta, accessed: Date): CslItem {
  return defined({
    id: report.id,
    type: 'article-newspaper' as const,
    title: report.title ?? undefined,
    'container-title': report.outlet ?? undefined,
    URL: report.url ?? undefined,
    issued: isoParts(report.date),
    accessed: dateParts(accessed),
    language: report.language,
  });
}

/** The page being read: its title, its site (the host name) and address. */
export function pageItem(page: { title: string | null; url: string | null }, accessed: Date): CslItem {
  let site: string | undefined;
  try {
    site = page.url ? new URL(page.url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    site = undefined;
  }
  return defined({
    id: 'page',
    type: 'webpage' as const,
    title: page.title ?? undefined,
    'container-title': site,
    URL: page.url ?? undefined,
    accessed: dateParts(accessed),
  });
}
