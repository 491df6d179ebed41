import { extractArticle } from '@/lib/page/extract-article';
import { isArticlePage } from '@/lib/page/is-article-page';
import { splitSentences } from '@/lib/text/split-sentences';
import { timed } from './run-timer';

export interface ReadArticle {
  title: string | null;
  /** The address the page names for itself (canonical link, og:url), as `compare` reads it. */
  canonicalUrl: string | null;
  sentences: string[];
}

function canonicalUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical ?? og ?? null;
}

/**
 * The page's article as sentences, by the same extraction and splitting as the `compare` command, or
 * null when the page has no article (home pages, search results, web apps).
 */
export function readArticle(doc: Document, url: string): ReadArticle | null {
  if (!timed('is-article', () => isArticlePage(doc, url))) return null;
  const article = timed('extract', () => extractArticle(doc));
  if (!article) return null;
  const sentences = timed('split', () => splitSentences(article.text));
  if (sentences.length === 0) return null;
  return { title: article.title, canonicalUrl: canonicalUrl(doc), sentences };
}
