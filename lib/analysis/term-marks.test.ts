import { describe, expect, it } from 'vitest';
import { TermMarks } from './term-marks';

describe('TermMarks', () => {
  it('holds the terms added since the last clear, and no others', () => {
    const marks = new TermMarks();
    expect(marks.addAll([3, 7, 3])).toBe(2);
    expect([0, 3, 7, 8].map((t) => marks.has(t))).toEqual([false, true, true, false]);
    marks.clear();
    expect(marks.has(3)).toBe(false);
    marks.add(5000);
    expect([5000, 7].map((t) => marks.has(t))).toEqual([true, false]);
  });
});
