import { parseHTML } from 'linkedom';
import { extractArticle, type Article } from '@/lib';
import { MAX_PAGE_HTML } from '@/messaging/protocol';

// The article is extracted here, in the background, from the page's serialised DOM: Readability on a
// long page can take tens of milliseconds, which must not block the page's thread. linkedom is the
// same DOM the `compare` command parses HTML with, so the extension and the command read a page alike.

export const MAX_HTML_LENGTH = MAX_PAGE_HTML;

export interface PageArticle extends Article {
  /** The address the page names for itself (canonical link, og:url), as `compare` reads it. */
  canonicalUrl: string | null;
}

export function extractFromHtml(html: unknown): PageArticle | null {
  if (typeof html !== 'string') throw new Error('Crosscheck: the page sent no HTML.');
  const doc = parseHTML(html.slice(0, MAX_HTML_LENGTH)).document as unknown as Document;
  const article = extractArticle(doc);
  if (!article || !article.text.trim()) return null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return { ...article, canonicalUrl: canonical ?? og ?? null };
}
