import { describe, expect, it } from 'vitest';
import { openPanel, tabIdOf, type LoadedExtension } from './harness/launch-extension';
import { waitForHighlights } from './harness/page-highlights';
import type { FixtureServer } from './harness/static-server';
import { useExtension } from './harness/use-extension';

// Controls that must look like what they are: the options' sites box when it is off, and the
// quoted selection box, which shows whole lines.

describe('controls that look like what they are', () => {
  let server: FixtureServer;
  let ext: LoadedExtension;

  useExtension((s, e) => {
    [server, ext] = [s, e];
  });

  it('quotes a long selection in a box that shows whole lines, never half of one', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page);
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('article p');
      const range = document.createRange();
      range.setStartBefore(paragraphs[0]!);
      range.setEndAfter(paragraphs[paragraphs.length - 1]!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const panel = await openPanel(ext, await tabIdOf(ext, page));
    await panel.getByRole('button', { name: 'Crosscheck selection' }).click();
    const box = await panel.waitForSelector('.selection-text');
    // A reader's own default font and size (the browser's settings): the box must still end on a line.
    await panel.addStyleTag({
      content: ':root { font-size: 17px; } body, .selection-text { font-family: serif; }',
    });
    const lines = await box.evaluate((el) => {
      const style = getComputedStyle(el);
      const inner = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      return { lines: inner / parseFloat(style.lineHeight), scrolls: el.scrollHeight > el.clientHeight };
    });
    expect(lines.scrolls).toBe(true);
    // Within a pixel's rounding of the box height (a line is ~25 px): 8rem of box ended 0.03 line short.
    expect(Math.abs(lines.lines - Math.round(lines.lines))).toBeLessThan(0.02);
    await Promise.all([page.close(), panel.close()]);
  });

  it('shows the sites box as off when Crosscheck runs on every site, and as on when it runs on listed sites', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await options.waitForSelector('.sites textarea');
    const look = () =>
      options.$eval('.sites textarea', (el) => {
        const style = getComputedStyle(el);
        return {
          disabled: (el as HTMLTextAreaElement).disabled,
          border: style.borderTopStyle,
          cursor: style.cursor,
        };
      });
    await options.locator('input[name="mode"][value="all"]').check();
    expect(await look()).toEqual({ disabled: true, border: 'dashed', cursor: 'not-allowed' });
    await options.locator('input[name="mode"][value="list"]').check();
    expect(await look()).toMatchObject({ disabled: false });
    expect((await look()).cursor).not.toBe('not-allowed');
    expect((await look()).border).not.toBe('dashed');
    // Left in the default mode; this test runs last, as the content script follows the settings at once.
    await options.locator('input[name="mode"][value="all"]').check();
    await options.close();
  });
});
