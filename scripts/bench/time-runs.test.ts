import { describe, expect, it } from 'vitest';
import { median, percentile, timeInBlocks, timeRuns } from './time-runs';

describe('percentile', () => {
  it.each([
    [[5], 50, 5],
    [[1, 2, 3, 4], 50, 2],
    [[4, 1, 3, 2], 95, 4],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 95, 100],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 50, 50],
  ])('of %j at p%i is %i (nearest rank)', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is NaN for no values, and median is p50', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe('timeRuns', () => {
  it('runs the warm-up untimed, then at least minRuns and at most maxRuns timed runs', () => {
    let calls = 0;
    const times = timeRuns(() => calls++, { warmup: 2, minRuns: 3, maxRuns: 7, budgetMs: 60_000 });
    expect(times).toHaveLength(7);
    expect(calls).toBe(9);
    expect(times.every((ms) => ms >= 0)).toBe(true);
  });

  it('stops after minRuns once the budget is spent', () => {
    const times = timeRuns(() => undefined, { warmup: 0, minRuns: 4, maxRuns: 100, budgetMs: 0 });
    expect(times).toHaveLength(4);
  });
});

describe('timeInBlocks', () => {
  const logged = (order: string[], name: string) => () => order.push(name);

  it('times each run in blocks, starting each block with the next run, a warm-up first in each', () => {
    const order: string[] = [];
    const budget = { warmup: 2, minRuns: 4, maxRuns: 4, budgetMs: 60_000 };
    const times = timeInBlocks(
      ['a', 'b', 'c'].map((name) => ({ run: logged(order, name), budget })),
      2,
    );
    // Block 1: two warm-ups and two timed runs each; block 2, from b: one warm-up and two timed runs.
    expect(order.join('')).toBe('aaaa' + 'bbbb' + 'cccc' + 'bbb' + 'ccc' + 'aaa');
    expect(times.map((t) => t.length)).toEqual([4, 4, 4]);
  });

  it('keeps each run to its own budget: no warm-up where none is asked, at least minRuns', () => {
    const order: string[] = [];
    const times = timeInBlocks([
      { run: logged(order, 'slow'), budget: { warmup: 0, minRuns: 2, maxRuns: 30, budgetMs: 0 } },
      { run: logged(order, 'fast'), budget: { warmup: 1, minRuns: 6, maxRuns: 40, budgetMs: 0 } },
    ]);
    expect(order.filter((name) => name === 'slow')).toHaveLength(2);
    expect(times.map((t) => t.length)).toEqual([2, 6]);
  });
});
