import { isProbablyReaderable } from '@mozilla/readability';

/**
 * Whether a page looks like one article rather than a home page, search results or a web app: a
 * cheap check run before the extraction. A path of its own and enough readable text are needed.
 */
export function isArticlePage(doc: Document, url?: string): boolean {
  if (url && !looksLikeArticleUrl(url)) return false;
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}

/** Home pages, search results and section fronts have no article path. */
export function looksLikeArticleUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return false;
  const path = u.pathname.replace(/\/+$/, '');
  if (path === '' || path === '/index.html') return false;
  if (
    /(^|\/)(search|buscar|busqueda|results|tag|tags|category|categoria|login|account|settings)(\/|$)/i.test(
      path,
    )
  )
    return false;
  if (['q', 'query', 'search', 's'].some((k) => u.searchParams.has(k))) return false;
  return true;
}
