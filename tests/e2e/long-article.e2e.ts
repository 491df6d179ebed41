import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import { pageTiming, recordPageEvents, type PageTiming } from './harness/page-probes';
import { startServer, type FixtureServer } from './harness/static-server';

// The page's main thread on a long article (150+ sentences, tests/fixtures/long): no long task (> 50 ms)
// once Crosscheck starts, and the content script's own work, measured with performance marks
// (crosscheck:* measures), stays within 30 ms in all (best of up to three loads).

interface Timing {
  steps: Array<{ name: string; start: number; duration: number }>;
  /** Long tasks and frames from Crosscheck's first step on (rendering included). */
  longTasks: PageTiming['longTasks'];
}

describe('a long article', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  beforeAll(async () => {
    [server, ext] = await Promise.all([startServer(), launchExtension()]);
    // In the page's own world, before any of its scripts: record every long task and long frame.
    await recordPageEvents(ext.context);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function load(file: string): Promise<{ page: Page; timing: Timing }> {
    const page = await ext.context.newPage();
    await page.goto(server.url(`/long/${file}`));
    await waitForHighlights(page);
    await page.waitForTimeout(1000); // let any late task finish and be reported
    const steps = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('crosscheck:'))
        .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
    );
    return { page, timing: { steps, longTasks: (await pageTiming(page)).longTasks } };
  }

  it.each(['long-article-1.html', 'long-article-2.html'])(
    'never blocks the page for more than 50 ms, and does at most 30 ms of work on it, on %s',
    async (file) => {
      // Every load must be free of long tasks. The 30 ms budget is checked on the best of up to three
      // loads: on a shared two-core machine one load can be descheduled mid-step, which is not our work.
      const totals: number[] = [];
      let last: Page | null = null;
      for (let attempt = 0; attempt < 3 && !(totals.length && Math.min(...totals) <= 30); attempt++) {
        await last?.close();
        const { page, timing } = await load(file);
        last = page;
        const started = Math.min(...timing.steps.map((s) => s.start));
        const total = timing.steps.reduce((sum, s) => sum + s.duration, 0);
        const report = timing.steps.map((s) => `${s.name.slice(11)} ${s.duration.toFixed(1)}`).join(', ');
        const painted = Math.max(...timing.steps.map((s) => s.start + s.duration)) - started;
        console.log(
          `${file}: content script ${total.toFixed(1)} ms (${report}); highlights after ${painted.toFixed(0)} ms`,
        );
        expect(timing.steps.map((s) => s.name)).toContain('crosscheck:place-marks');
        expect(timing.longTasks).toEqual([]);
        totals.push(total);
      }
      expect(Math.min(...totals)).toBeLessThanOrEqual(30);

      // The observer does see long tasks: an 80 ms busy loop in a task of the page is reported.
      const page = last!;
      await page.evaluate(() => {
        setTimeout(() => {
          const t = performance.now();
          while (performance.now() - t < 80);
        }, 0);
      });
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __longTasks: unknown[] }).__longTasks.length))
        .toBeGreaterThan(0);
      await page.close();
    },
  );
});
