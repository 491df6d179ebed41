import { isArticlePage } from '@/lib/page/is-article-page';
import { pageLanguage } from './page-language';
import { MAX_PAGE_HTML, PAGE_PART_LENGTH } from '@/messaging/protocol';
import { timed, yieldToPage } from './run-timer';
import { inParts } from './send-page';
import { serializePage } from './serialize-page';
import { textWalker } from './text-map';

// What the content script sends the background: the HTML holding the page's article, or why there is
// none. The article itself is extracted in the background, with the same extraction as the `compare`
// command: Readability on a long page is too slow for the page's thread. When the top document has no
// article, the article may be in a same-origin frame or an open shadow root, read here; a cross-origin
// frame cannot be read by any script of the page, and the panel says so.

/** The page's HTML in parts as they are sent (serialize-page.ts), or why there is no article. */
export type PageReading = { htmlParts: string[] } | { status: 'no-article' | 'framed' | 'other-language' };

/** Text enough to tell the language of a page (the first characters of its visible text). */
const LANGUAGE_SAMPLE = 8_000;
/** A frame this large (CSS pixels) is where the article would be, not an advertisement. */
const MAIN_FRAME_AREA = 300 * 400;

export async function readArticle(doc: Document, url: string): Promise<PageReading> {
  if (timed('is-article', () => isArticlePage(doc, url))) {
    // Each step in a task of its own: on a very large page each takes tens of milliseconds, and
    // run back to back they would make one long task.
    await yieldToPage();
    if (languageOf(doc.body ?? doc.documentElement, doc) === 'other') return { status: 'other-language' };
    await yieldToPage();
    return { htmlParts: await serializePage(doc, MAX_PAGE_HTML, PAGE_PART_LENGTH) };
  }
  const inner = await innerArticle(doc, url);
  if (inner) return inner;
  const language = doc.body ? languageOf(doc.body, doc) : 'unknown';
  return { status: language === 'other' ? 'other-language' : 'no-article' };
}

function languageOf(root: Node, doc: Document) {
  return timed('language', () => pageLanguage(sampleText(root, doc)));
}

function sampleText(root: Node, doc: Document): string {
  const walker = textWalker(root, doc);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < LANGUAGE_SAMPLE; node = walker.nextNode()) {
    text += `${node.nodeValue ?? ''} `;
  }
  return text;
}

/** The article of a same-origin frame or of an open shadow root, or why it cannot be read. */
async function innerArticle(doc: Document, url: string): Promise<PageReading | null> {
  let framed = false;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const frameDoc = sameOriginDocument(frame as HTMLIFrameElement);
    if (!frameDoc) {
      const box = frame.getBoundingClientRect();
      if (box.width * box.height >= MAIN_FRAME_AREA) framed = true;
      continue;
    }
    const reading = frameDoc.body ? await readArticle(frameDoc, frameDoc.URL || url) : null;
    if (reading && 'htmlParts' in reading) return reading;
  }
  const shadow = timed('read-shadow', () => shadowArticle(doc, url));
  if (shadow) return shadow;
  return framed ? { status: 'framed' } : null;
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument; // null, or a SecurityError, for another origin
  } catch {
    return null;
  }
}

/** The open shadow root holding most text, as a page of its own when it reads as an article. */
function shadowArticle(doc: Document, url: string): PageReading | null {
  let best: ShadowRoot | null = null;
  let bestLength = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const root = el.shadowRoot;
    const length = root?.textContent?.length ?? 0;
    if (root && length > bestLength) [best, bestLength] = [root, length];
  }
  if (!best) return null;
  const title = doc.title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  const html = `<html><head><title>${title}</title></head><body>${best.innerHTML}</body></html>`;
  const page = new DOMParser().parseFromString(html, 'text/html');
  if (!isArticlePage(page, url)) return null;
  if (languageOf(page.body, page) === 'other') return { status: 'other-language' };
  return { htmlParts: inParts(html) };
}
