import { browser, storage } from '#imports';
import { DECISIONS_KEY } from '@/settings/decisions-key';
import { sendToBackground, serve } from '@/messaging/protocol';
import { loadSettings, settingsItem, siteDecision } from '@/settings/settings';
import { createHoverCard, type HoverCard } from './hover-card';
import { markAtPoint } from './highlights';
import { createKeyboardRoute } from './keyboard-route';
import { createPacer } from './pacer';
import { perFrame } from './per-frame';
import { PageMarks } from './page-marks';
import { readArticle } from './read-article';
import { sendPage } from './send-page';
import { timed, yieldToPage } from './run-timer';

// On an article page: send the page's HTML to the background, which extracts the article and matches
// it (never here), then highlight the matched sentences. Every step is short and yields to the page in
// between. A page with no article gets nothing but one message saying so. The page is untrusted: only
// events the browser marks as trusted (the reader's own pointer) are acted on, and no message, event or
// attribute from the page's world can stop, restart or steer this script.

/** A page that keeps changing is analysed at most once per this many milliseconds. */
export const MIN_CHECK_GAP_MS = 5000;
/** Changes are gathered for this long before the page is read again (an SPA renders in steps). */
const SETTLE_MS = 600;
const TICK_MS = 1000;

export function startReader(): void {
  const marks = new PageMarks();
  const hover = createHoverCard(document);
  const keyboard = createKeyboardRoute(marks, hover, (pageIndex) => {
    void sendToBackground('openClaim', { pageIndex }).catch(() => undefined);
  });
  const stop = new AbortController();
  let last: { includeRelated: boolean; htmlParts: string[] } | null = null;
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
    const reading = await readArticle(document, url);
    if (!('htmlParts' in reading)) {
      forget();
      await sendToBackground('reportNoArticle', { url, status: reading.status });
      return;
    }
    // Unchanged page, unchanged settings: nothing to do (a hash change, a repeated check).
    const { htmlParts } = reading;
    const same = last?.includeRelated === settings.includeRelated && sameParts(last.htmlParts, htmlParts);
    if (same && !force) return;
    last = { includeRelated: settings.includeRelated, htmlParts };
    const found = await sendPage(htmlParts);
    if (found.length === 0) marks.clear();
    await yieldToPage();
    await marks.show(found);
  }

  function forget() {
    last = null;
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
    showNextClaim: async () => keyboard.next(),
    runNow: async () => {
      asked = true;
      await schedule(true);
    },
    recheck: async () => {
      last = null;
      await schedule();
    },
  });

  const pacer = createPacer(() => schedule(), { settleMs: SETTLE_MS, minGapMs: MIN_CHECK_GAP_MS });
  // The article may arrive or be swapped at any time, with or without an address change.
  const observer = new MutationObserver(() => pacer.request());
  if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  let address = location.href;
  const tick = setInterval(() => {
    if (!browser.runtime?.id) return teardown(); // the extension was updated or removed
    if (location.href !== address) {
      address = location.href;
      pacer.request();
    }
    marks.highlighter.verify();
  }, TICK_MS);
  const unwatch = settingsItem.watch(() => void schedule(true));
  // A decision on a pair (confirmed, rejected) changes what this page's comparison shows.
  const unwatchDecisions = storage.watch(DECISIONS_KEY, () => void schedule(true));
  watchPointer(stop.signal, marks, hover);

  function teardown() {
    clearInterval(tick);
    observer.disconnect();
    pacer.stop();
    unwatch();
    unwatchDecisions();
    stop.abort();
    marks.clear();
    hover.remove();
  }

  void schedule();
}

/** Whether two readings of the page hold the same HTML, part by part. */
function sameParts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** Hover shows that a sentence has other versions; a click on a highlight opens the side panel at it. */
function watchPointer(signal: AbortSignal, marks: PageMarks, hover: HoverCard) {
  const pointerAt = perFrame<{ x: number; y: number }>(({ x, y }) => {
    marks.highlighter.verify();
    const mark = timed('hover', () => markAtPoint(marks.placed, x, y));
    if (mark) hover.show(x, y);
    else hover.hide();
  });
  document.addEventListener(
    'mousemove',
    (event: MouseEvent) => {
      if (!event.isTrusted || marks.placed.length === 0) return;
      pointerAt({ x: event.clientX, y: event.clientY });
    },
    { passive: true, signal },
  );
  document.addEventListener(
    'click',
    (event: MouseEvent) => {
      if (!event.isTrusted || marks.placed.length === 0 || event.button !== 0) return;
      if (!window.getSelection()?.isCollapsed) return; // the reader is selecting text
      if ((event.target as Element | null)?.closest?.('a, button, input, textarea, select, label')) return;
      const mark = markAtPoint(marks.placed, event.clientX, event.clientY);
      if (mark) void sendToBackground('openClaim', { pageIndex: mark.pageIndex }).catch(() => undefined);
    },
    { signal },
  );
}
