// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimMark } from '@/messaging/protocol';
import { PageMarks } from './page-marks';

// Placing the marks and scrolling to one. jsdom has no CSS Custom Highlight API, so nothing is painted
// here (highlights.ts is tested in the browser); what is tested is finding the sentences.

const mark = (pageIndex: number, sentence: string): ClaimMark => ({
  pageIndex,
  sentence,
  relation: 'corroborates',
  summary: '',
});

const paragraphs = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `<p>Council note ${i + from} was read at the meeting.</p>`).join('');

describe('PageMarks', () => {
  const scrolled: string[] = [];
  beforeEach(() => {
    scrolled.length = 0;
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.textContent ?? '');
    });
  });

  it('places the marks found on the page, in page order, and drops one that is not there', async () => {
    document.body.innerHTML = `<p>First claim here.</p>${paragraphs(500)}<p>Last claim here.</p>`;
    const marks = new PageMarks();
    const placed = await marks.show([
      mark(2, 'Last claim here.'),
      mark(0, 'First claim here.'),
      mark(1, 'A claim the page does not print.'),
    ]);
    expect(placed).toBe(2);
    expect(marks.placed.map((m) => [m.pageIndex, m.range.toString()])).toEqual([
      [0, 'First claim here.'],
      [2, 'Last claim here.'],
    ]);
  });

  it('scrolls to a mark whose text the page has since rendered again, reading the page anew', async () => {
    document.body.innerHTML = `<p>First claim here.</p>${paragraphs(300)}<p>Last claim here.</p>`;
    const marks = new PageMarks();
    await marks.show([mark(0, 'First claim here.'), mark(1, 'Last claim here.')]);
    // The page re-renders its article: the placed ranges point into nodes that are gone.
    document.body.innerHTML = `${paragraphs(300, 1000)}<p>Last claim here.</p><p>First claim here.</p>`;
    expect(await marks.scrollTo(1)).toBe(true);
    expect(scrolled).toEqual(['Last claim here.']);
    expect(await marks.scrollTo(0)).toBe(true);
    expect(scrolled.at(-1)).toBe('First claim here.');
    // Gone from the page: nothing to scroll to.
    document.body.innerHTML = paragraphs(10);
    expect(await marks.scrollTo(1)).toBe(false);
  });
});
