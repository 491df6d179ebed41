/**
 * Whether a page looks like one article rather than a home page, search results or a web app: a
 * cheap check run on the page's thread before the extraction. A path of its own and enough readable
 * text are needed.
 */
export function isArticlePage(doc: Document, url?: string): boolean {
  if (url && !looksLikeArticleUrl(url)) return false;
  return readableTextPasses(doc, { minContentLength: 140, minScore: 20 });
}

// Readability's own regexes (Readability-readerable.js): a block whose class or id says furniture.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
const SHOW_ELEMENT = 0x1; // NodeFilter.SHOW_ELEMENT, without the DOM global (lib/ has none)

/**
 * Readability's `isProbablyReaderable`, walking the page in order and stopping as soon as the score
 * passes. Readability's version first lists every p, pre, article and `div > br` of the document,
 * which on a 10 MB page is a task of 40 ms before it reads the first paragraph; the score only
 * grows, so stopping early, and reading the blocks in another order, gives the same answer
 * (tests/readerable-parity.test.ts checks it).
 */
export function readableTextPasses(
  doc: Document,
  { minContentLength, minScore }: { minContentLength: number; minScore: number },
): boolean {
  const walker = doc.createTreeWalker(doc, SHOW_ELEMENT);
  let score = 0;
  const passes = (el: HTMLElement) => {
    const marks = `${el.className} ${el.id}`;
    if (UNLIKELY.test(marks) && !OK_MAYBE.test(marks)) return false;
    if (el.localName === 'p' && el.parentElement?.closest('li')) return false;
    const length = (el.textContent ?? '').trim().length;
    if (length < minContentLength) return false;
    score += Math.sqrt(length - minContentLength);
    return score > minScore;
  };
  // An <article> holds the whole text of the page: reading it (all 10 MB of a huge page) is left
  // for last, when its paragraphs alone have not passed.
  const articles: HTMLElement[] = [];
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const el = node as HTMLElement;
    // A template's content is not part of the page (a browser's walker does not enter it; some DOMs do).
    if (!isBlockOfText(el) || !isVisible(el) || el.closest('template')) continue;
    if (el.localName === 'article') articles.push(el);
    else if (passes(el)) return true;
  }
  return articles.some(passes);
}

/** What Readability scores: p, pre, article, and a div holding a line break of its own. */
function isBlockOfText(el: Element): boolean {
  const name = el.localName;
  if (name === 'p' || name === 'pre' || name === 'article') return true;
  if (name !== 'div') return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (child.localName === 'br') return true;
  return false;
}

function isVisible(el: HTMLElement): boolean {
  return (
    (!el.style || el.style.display !== 'none') &&
    !el.hasAttribute('hidden') &&
    (el.getAttribute('aria-hidden') !== 'true' || String(el.className).includes('fallback-image'))
  );
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
