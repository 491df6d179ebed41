import { defineContentScript, type ContentScriptContext } from '#imports';
import { sendToBackground, serve } from '@/messaging/protocol';
import { loadSettings, settingsItem, siteDecision } from '@/messaging/settings';
import { createHoverCard } from './hover-card';
import { markAtPoint } from './highlights';
import './highlights.css';
import { PageMarks } from './page-marks';
import { readArticle } from './read-article';
import { timed, yieldToPage } from './run-timer';

// On an article page: read the article, send its sentences to the background for matching (matching
// never runs here), then highlight the matched sentences. Every step is short and yields to the page
// in between. A page with no article gets nothing but one message saying so.

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
      const article = readArticle(document, url);
      if (!article) {
        forget();
        await sendToBackground('reportNoArticle', { url, status: 'no-article' });
        return;
      }
      // The same text is never matched twice: a URL change that keeps the article changes nothing.
      const key = `${settings.includeRelated}\n${article.sentences.join('\n')}`;
      if (key === lastKey && !force) return;
      lastKey = key;
      const found = await sendToBackground('comparePage', {
        canonicalUrl: article.canonicalUrl,
        title: article.title ?? document.title,
        sentences: article.sentences,
      });
      await yieldToPage();
      await marks.show(article.sentences, found);
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
      runNow: async () => {
        asked = true;
        await schedule(true);
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
