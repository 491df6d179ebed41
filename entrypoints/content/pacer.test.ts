import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from './pacer';

describe('createPacer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Runs `requests` (times in ms at which the page changed) and returns when checks started. */
  async function startsFor(requests: number[], until: number): Promise<number[]> {
    const starts: number[] = [];
    const pacer = createPacer(
      async () => void starts.push(Date.now()),
      { settleMs: 500, minGapMs: 5000 },
      () => Date.now(),
    );
    vi.setSystemTime(0);
    for (const at of requests) {
      await vi.advanceTimersByTimeAsync(at - Date.now());
      pacer.request();
    }
    await vi.advanceTimersByTimeAsync(until - Date.now());
    pacer.stop();
    return starts;
  }

  it.each([
    ['one change is checked after it settles', [0], 3000, [500]],
    ['a burst of changes is checked once', [0, 100, 200, 300], 3000, [500]],
    [
      'a page changing every second is checked once per five seconds',
      Array.from({ length: 12 }, (_, i) => i * 1000),
      13_000,
      [500, 5500, 10_500],
    ],
    ['a late change after a quiet spell is still checked', [0, 9000], 12_000, [500, 9500]],
  ])('%s', async (_name, requests, until, expected) => {
    expect(await startsFor(requests, until)).toEqual(expected);
  });
});
