/** What a page says about itself, for naming it as a source; every field may be edited after. */
export interface PageMeta {
  outlet: string | null;
  title: string | null;
  /** ISO `YYYY-MM-DD`, or null. */
  date: string | null;
  /** The address the page names for itself, else the address it was read at. */
  url: string | null;
}

const attr = (doc: Document, selector: string, name: string): string | null =>
  doc.querySelector(selector)?.getAttribute(name)?.trim() || null;

/**
 * Reads a page's outlet (og:site_name, else its host), title, publication date
 * (article:published_time, JSON-LD datePublished, a <time> element) and canonical address from the
 * parsed page it is given. Pure: the page's own tags only, no global and no request.
 */
export function readPageMeta(doc: Document, pageUrl: string | null): PageMeta {
  const canonical =
    absolute(attr(doc, 'link[rel="canonical"]', 'href'), pageUrl) ??
    absolute(attr(doc, 'meta[property="og:url"]', 'content'), pageUrl) ??
    pageUrl;
  const jsonLd = readJsonLd(doc);
  const title =
    attr(doc, 'meta[property="og:title"]', 'content') ??
    (typeof jsonLd.headline === 'string' ? jsonLd.headline.trim() : null) ??
    (doc.querySelector('h1')?.textContent?.trim() || null) ??
    (doc.querySelector('title')?.textContent?.trim() || null);
  const outlet =
    attr(doc, 'meta[property="og:site_name"]', 'content') ??
    jsonLd.publisher ??
    hostOf(canonical) ??
    hostOf(pageUrl);
  const date =
    isoDay(attr(doc, 'meta[property="article:published_time"]', 'content')) ??
    isoDay(jsonLd.datePublished) ??
    isoDay(attr(doc, 'time[datetime]', 'datetime')) ??
    isoDay(attr(doc, 'meta[name="date"]', 'content'));
  return { outlet, title, date, url: canonical };
}

interface LdFacts {
  headline?: unknown;
  datePublished?: string;
  publisher?: string;
}

/** The first JSON-LD object with a publication date or headline (the article's own). */
function readJsonLd(doc: Document): LdFacts {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD is its own problem
    }
    for (const item of flatten(data)) {
      if (typeof item.datePublished !== 'string' && typeof item.headline !== 'string') continue;
      const publisher = item.publisher as { name?: unknown } | undefined;
      return {
        headline: item.headline,
        datePublished: typeof item.datePublished === 'string' ? item.datePublished : undefined,
        publisher: typeof publisher?.name === 'string' ? publisher.name.trim() || undefined : undefined,
      };
    }
  }
  return {};
}

function flatten(data: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (typeof data !== 'object' || data === null) return [];
  const graph = (data as { '@graph'?: unknown })['@graph'];
  return [data as Record<string, unknown>, ...(graph ? flatten(graph) : [])];
}

/** The calendar day of a date-time as written (its own offset), or null when it reads as no date. */
export function isoDay(value: string | null | undefined): string | null {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y > 1900 ? match[0] : null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
