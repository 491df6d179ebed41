import type { BrowserContext, Page } from 'playwright-core';
import type { LoadedExtension } from './launch-extension';

// Probes the hostile-input tests share: long tasks seen by the page, messages the page receives, the
// background's round trip as another tab sees it, and a tab's result as the panel gets it.

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * In every page, before its own scripts: record long tasks and every message posted to the window.
 * Long tasks are read two ways: the Long Tasks API sees script tasks, and long animation frames with
 * a blocking time see rendering too (restyling a 10 MB page after a stylesheet change is a 190 ms
 * rendering step the Long Tasks API did not report here).
 */
export async function recordPageEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: object[]; __messages: string[] };
    w.__longTasks = [];
    w.__messages = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks.push({ start: e.startTime, duration: e.duration, kind: 'task' });
    }).observe({ type: 'longtask', buffered: true });
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { blockingDuration: number }>) {
          // A frame is reported from 50 ms on; it blocked the page only if one of its steps took 50 ms.
          if (e.blockingDuration > 0)
            w.__longTasks.push({ start: e.startTime, duration: e.blockingDuration + 50, kind: 'frame' });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    }
    window.addEventListener('message', (event) => {
      try {
        w.__messages.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
      } catch {
        w.__messages.push(String(event.data));
      }
    });
  });
}

export interface PageTiming {
  /**
   * Long tasks (> 50 ms) that ended once Crosscheck's first step had started: script tasks, and frames
   * whose longest step (script or rendering) passed 50 ms, with that step's length (about: a frame
   * gives its blocking time, summed over its long steps).
   */
  longTasks: Array<{ start: number; duration: number; kind: 'task' | 'frame' }>;
  /** Crosscheck's longest single step (crosscheck:* measures), in ms, and its name. */
  longestStep: number;
  longestStepName: string;
}

export async function pageTiming(page: Page): Promise<PageTiming> {
  return page.evaluate(() => {
    const steps = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('crosscheck:'));
    const started = Math.min(...steps.map((s) => s.startTime));
    const all = (window as unknown as { __longTasks: PageTiming['longTasks'] }).__longTasks;
    return {
      longTasks: all.filter((t) => t.start + t.duration >= started),
      longestStep: Math.max(0, ...steps.map((s) => s.duration)),
      longestStepName: [...steps].sort((a, b) => b.duration - a.duration)[0]?.name ?? '',
    };
  });
}

/** An extension page in a tab of its own: "another tab" asking the background, as the popup does. */
export async function openProbe(ext: LoadedExtension): Promise<Page> {
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.id}/popup.html?tab=0`);
  return probe;
}

export async function send(probe: Page, name: string, input: unknown): Promise<unknown> {
  return probe.evaluate(
    ([name, input]) => chrome.runtime.sendMessage({ crosscheck: 'background', name, input }),
    [name, input] as const,
  );
}

/** A tab's result as the panel gets it. */
export async function tabResult(
  probe: Page,
  tabId: number,
): Promise<{ status: string; error: string | null; title: string | null; matches: number }> {
  const reply = (await send(probe, 'getTab', { tabId })) as {
    ok: boolean;
    value: {
      tab: {
        status: string;
        error: string | null;
        page: { comparison: { page: { title: string | null }; matches: unknown[] } } | null;
      };
    };
  };
  const tab = reply.value.tab;
  return {
    status: tab.status,
    error: tab.error,
    title: tab.page?.comparison.page.title ?? null,
    matches: tab.page?.comparison.matches.length ?? 0,
  };
}

/**
 * Asks the background every `everyMs` until `until` resolves: the worst and median round trips of
 * another tab's request (listReports, answered from memory) while the background works on something.
 */
export async function roundTripsDuring(
  probe: Page,
  until: Promise<unknown>,
  everyMs = 50,
): Promise<{ worst: number; median: number; count: number }> {
  const times: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    times.push(
      await probe.evaluate(async () => {
        const start = performance.now();
        await chrome.runtime.sendMessage({ crosscheck: 'background', name: 'listReports', input: {} });
        return performance.now() - start;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  await until;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    worst: sorted.at(-1) ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    count: times.length,
  };
}
