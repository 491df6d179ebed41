import { isArticlePage } from '@/lib/page/is-article-page';
import { timed } from './run-timer';

/**
 * The page's DOM as HTML when the page looks like an article, else null (home pages, search results,
 * web apps get no further work). The article itself is extracted in the background, with the same
 * extraction as the `compare` command: Readability on a long page is too slow for the page's thread.
 */
export function articlePageHtml(doc: Document, url: string): string | null {
  if (!timed('is-article', () => isArticlePage(doc, url))) return null;
  return timed('serialize', () => doc.documentElement.outerHTML);
}
