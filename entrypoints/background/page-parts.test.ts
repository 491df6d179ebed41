import { describe, expect, it, vi } from 'vitest';
import { MAX_PAGE_HTML, PAGE_PART_LENGTH } from '@/messaging/protocol';
import { inParts, sendPage } from '../content/send-page';
import { forgetParts, keepPart, wholePage } from './page-parts';

// A long page crosses from the content script to the background in parts: joined whole, in order,
// within the page cap; a page with a part missing is refused rather than read in pieces.

vi.mock('#imports', () => ({ browser: {} }));
const sent = vi.hoisted(() => ({ tab: 7 }));
vi.mock('@/messaging/protocol', async (original) => ({
  ...(await original<typeof import('@/messaging/protocol')>()),
  // The background's two handlers, as the message route would call them for tab `sent.tab`.
  sendToBackground: async (
    name: string,
    input: { index: number; part: string; html: string; parts: number },
  ) =>
    name === 'pagePart'
      ? keepPart(sent.tab, input.index, input.part)
      : wholePage(sent.tab, input.parts, input.html),
}));

const page = (length: number) =>
  Array.from({ length }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

describe('a page sent in parts', () => {
  it.each([
    ['a short page goes as one message', 1000],
    ['a page of exactly one part', PAGE_PART_LENGTH],
    ['a page of several parts and a short last one', 3 * PAGE_PART_LENGTH + 17],
  ])('arrives whole: %s', async (_name, length) => {
    const html = page(length);
    expect(await sendPage(inParts(html))).toBe(html);
  });

  it.each([
    ['a missing part', [0, 2], 3],
    ['a count that does not match', [0, 1], 3],
    ['parts and no first one', [1, 2], 3],
  ])('is refused with %s', (_name, indexes, count) => {
    forgetParts(1);
    for (const index of indexes) keepPart(1, index, 'x');
    expect(() => wholePage(1, count, 'last')).toThrow('arrived incomplete');
  });

  it.each([
    ['a first part starts the page again', () => [keepPart(2, 0, 'old'), keepPart(2, 0, 'new')], 1, 'new|'],
    ['a part that is not text is not kept', () => [keepPart(2, 0, 'a'), keepPart(2, 1, 42)], 1, 'a|'],
    [
      'another tab’s parts stay its own',
      () => [keepPart(2, 0, 'mine'), keepPart(3, 0, 'theirs')],
      1,
      'mine|',
    ],
  ])('keeps its own parts: %s', (_name, send, count, expected) => {
    forgetParts(2);
    send();
    expect(wholePage(2, count, '|')).toBe(expected);
  });

  it('keeps no more than the page cap, and still takes the page', () => {
    const parts = Math.ceil(MAX_PAGE_HTML / PAGE_PART_LENGTH) + 2;
    for (let index = 0; index < parts; index++) keepPart(4, index, 'x'.repeat(PAGE_PART_LENGTH));
    expect((wholePage(4, parts, 'last') as string).length).toBe(MAX_PAGE_HTML + 'last'.length);
  });
});
