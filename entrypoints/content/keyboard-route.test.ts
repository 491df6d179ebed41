import { describe, expect, it } from 'vitest';
import type { Relation } from '@/lib';
import type { PlacedMark } from './highlights';
import { nextMark, paintedMarks } from './keyboard-route';

// Which highlight the shortcut goes to: the next one in page order, round to the first; a new round
// starts at the first one still on screen, where the reader is.

const mark = (pageIndex: number, relation: Relation = 'corroborates', connected = true) =>
  ({
    pageIndex,
    relation,
    range: { startContainer: { isConnected: connected }, collapsed: false },
  }) as unknown as PlacedMark;

describe('paintedMarks', () => {
  it('keeps the highlighted marks still on the page, in page order', () => {
    const marks = [mark(9), mark(2, 'diverges'), mark(4, 'possible'), mark(6, 'related', false), mark(5)];
    expect(paintedMarks(marks).map((m) => m.pageIndex)).toEqual([2, 5, 9]);
  });
});

describe('nextMark', () => {
  const painted = [mark(2), mark(5), mark(9)];
  it.each([
    ['a new round starts at the first highlight on screen', null, 5, 5],
    ['a new round scrolled past every highlight starts at the first', null, 99, 2],
    ['the next press goes to the next highlight', 5, 0, 9],
    ['after the last it goes round to the first', 9, 0, 2],
    ['after a sentence no longer highlighted it goes to the one after it', 3, 0, 5],
  ] as const)('%s', (_name, after, firstOnScreen, expected) => {
    const next = nextMark(painted, after, (m) => m.pageIndex >= firstOnScreen);
    expect(next?.pageIndex).toBe(expected);
  });

  it('finds nothing on a page with no highlight', () => {
    expect(nextMark([], null, () => true)).toBeNull();
    expect(nextMark([], 3, () => true)).toBeNull();
  });
});
