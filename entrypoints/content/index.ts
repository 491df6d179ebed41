import { defineContentScript, type ContentScriptContext } from '#imports';
import { sendToBackground, serve } from '@/messaging/protocol';
import { loadSettings, settingsItem, siteDecision } from '@/settings/settings';
import { createHoverCard } from './hover-card';
import { markAtPoint } from './highlights';
import './highlights.css';
import { PageMarks } from './page-marks';
import { articlePageHtml } from './read-article';
import { timed, yieldToPage } from './run-timer';

// On an article page: send the page's HTML to the background, which extracts the article and matches
// it (never here), then highlight the matched sentences. Every step is short and yields to the page in
// between. A page with no article gets nothing but one message saying so.

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const marks = new PageMarks();
    const hover = createHoverCard(document);
    let lastKey: string | null = null;
    let asked = false; // the reader asked for this page ("Crosscheck this page" / shortcut)
    let running: Promise<void> = Promise.resolve();

    async function check(force: boolean): Promise<void> {
      const url = location.href;
      const settings = await loadSettings();
      const decision = asked ? 'run' : siteDecision(settings, url);
      if (decision !== 'run') {
        forget();
        await sendToBackground('reportNoArticle', { url, status: decision });
        return;
      }
      await yieldToPage();
      const html = articlePageHtml(document, url);
      if (html === null) {
        forget();
        await sendToBackground('reportNoArticle', { url, status: 'no-article' });
        return;
      }
      // Unchanged page, unchanged settings: nothing to do (a hash change, a repeated check).
      const key = `${settings.includeRelated}\n${html}`;
      if (key === lastKey && !force) return;
      lastKey = key;
      const found = await sendToBackground('comparePage', { html });
      if (found.length === 0) marks.clear();
      await yieldToPage();
      await marks.show(found);
    }

    function forget() {
      lastKey = null;
      marks.clear();
      hover.hide();
    }

    /** Runs one check at a time; a request arriving meanwhile runs after it. */
    function schedule(force = false) {
      running = running.then(() => check(force)).catch(() => undefined);
      return running;
    }

    serve('content', {
      scrollToClaim: async ({ pageIndex }) => marks.scrollTo(pageIndex),
      getSelectionText: async () => window.getSelection()?.toString() ?? '',
      ping: async () => true,
      runNow: async () => {
        asked = true;
        await schedule(true);
      },
      // Only a page that was compared is compared again; one left alone stays alone.
      recheck: async () => {
        if (lastKey !== null) await schedule(true);
      },
    });

    watchPointer(ctx, marks, hover);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // Single-page sites render the new article after the URL changes: give them a moment.
      setTimeout(() => void schedule(), 400);
    });
    const unwatch = settingsItem.watch(() => void schedule(true));
    ctx.onInvalidated(() => {
      unwatch();
      marks.clear();
      hover.remove();
    });
    void schedule();
  },
});

/** Hover shows a claim's one-line summary; a click on a highlight opens the side panel at that claim. */
function watchPointer(
  ctx: ContentScriptContext,
  marks: PageMarks,
  hover: ReturnType<typeof createHoverCard>,
) {
  let pending = false;
  ctx.addEventListener(
    document,
    'mousemove',
    (event: MouseEvent) => {
      if (marks.placed.length === 0 || pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const mark = timed('hover', () => markAtPoint(marks.placed, event.clientX, event.clientY));
        if (mark) hover.show(mark.summary, event.clientX, event.clientY);
        else hover.hide();
      });
    },
    { passive: true },
  );
  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (marks.placed.length === 0 || event.button !== 0) return;
    if (!window.getSelection()?.isCollapsed) return; // the reader is selecting text
    if ((event.target as Element | null)?.closest?.('a, button, input, textarea, select, label')) return;
    const mark = markAtPoint(marks.placed, event.clientX, event.clientY);
    if (mark) void sendToBackground('openClaim', { pageIndex: mark.pageIndex }).catch(() => undefined);
  });
}
