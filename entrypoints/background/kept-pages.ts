import { MAX_PAGE_HTML } from '@/messaging/protocol';

// The last HTML each tab sent for comparison: what "Add this page" reads (no new request). Kept in
// the background, which hands it to the engine only when the reader adds the page.

const pages = new Map<number, { url: string | null; html: string }>();

/** Pages kept for adding: the most recently compared tabs only, so many open tabs cost little memory. */
const KEPT_PAGES = 20;

export function rememberPage(tabId: number, url: string | null, html: unknown): void {
  if (typeof html !== 'string') return;
  pages.delete(tabId); // re-inserted last: a Map keeps insertion order, the oldest goes first
  pages.set(tabId, { url, html: html.slice(0, MAX_PAGE_HTML) });
  if (pages.size > KEPT_PAGES) pages.delete(pages.keys().next().value!);
}

/** The page a tab last sent, if it is still kept. */
export function keptPage(tabId: number): { url: string | null; html: string } | undefined {
  return pages.get(tabId);
}

export function forgetPage(tabId: number): void {
  pages.delete(tabId);
}
