import { describe, expect, it } from 'vitest';
import { median, percentile, timeInterleaved, timeRuns } from './time-runs';

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

describe('timeInterleaved', () => {
  it('runs each in turn, starting with the next one each round, and times each apart', () => {
    const order: string[] = [];
    const times = timeInterleaved(
      ['a', 'b', 'c'].map((name) => () => order.push(name)),
      { warmup: 1, minRuns: 3, maxRuns: 3, budgetMs: 60_000 },
    );
    // The warm-up round, then rounds starting with a, b and c.
    expect(order.join('')).toBe('abc' + 'abc' + 'bca' + 'cab');
    expect(times.map((t) => t.length)).toEqual([3, 3, 3]);
  });

  it('settles, untimed, before each run', () => {
    const order: string[] = [];
    timeInterleaved(
      ['a', 'b'].map((name) => () => order.push(name)),
      { warmup: 0, minRuns: 2, maxRuns: 2, budgetMs: 60_000 },
      () => order.push('gc'),
    );
    expect(order.join(' ')).toBe('gc a gc b gc b gc a');
  });

  it('stops after minRuns rounds once the budget is spent', () => {
    const times = timeInterleaved([() => undefined, () => undefined], {
      warmup: 0,
      minRuns: 2,
      maxRuns: 100,
      budgetMs: 0,
    });
    expect(times).toEqual([expect.any(Array), expect.any(Array)]);
    expect(times[0]).toHaveLength(2);
  });
});
