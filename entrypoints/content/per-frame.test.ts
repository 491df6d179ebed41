import { describe, expect, it } from 'vitest';
import { perFrame } from './per-frame';

describe('perFrame', () => {
  /** Pushes each frame's values (one list per frame) and returns what ran at each frame. */
  function runFor(frames: number[][]): number[] {
    const ran: number[] = [];
    const queued: Array<() => void> = [];
    const push = perFrame<number>(
      (latest) => ran.push(latest),
      (callback) => queued.push(callback),
    );
    for (const values of frames) {
      values.forEach(push);
      queued.splice(0).forEach((callback) => callback());
    }
    return ran;
  }

  it.each([
    ['one move in a frame runs for that move', [[1]], [1]],
    ['several moves in one frame run once, for the last (where the pointer rests)', [[1, 2, 3]], [3]],
    ['a frame after each burst runs for each burst’s last move', [[1, 2], [3], [4, 5, 6]], [2, 3, 6]],
    ['a frame with no move runs nothing', [[1], [], [2]], [1, 2]],
  ])('%s', (_name, frames, expected) => {
    expect(runFor(frames)).toEqual(expected);
  });
});
