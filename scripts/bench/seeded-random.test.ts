import { describe, expect, it } from 'vitest';
import { coinName } from './coin-name';
import { createSeededRandom } from './seeded-random';

describe('createSeededRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it.each([
    [0, 0],
    [3, 9],
    [-5, 5],
  ])('keeps int(%i, %i) inside its bounds and reaches both ends', (min, max) => {
    const random = createSeededRandom(1);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(min, max)));
    expect(Math.min(...seen)).toBe(min);
    expect(Math.max(...seen)).toBe(max);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createSeededRandom(1).pick([])).toThrow(/non-empty/);
  });
});

describe('coinName', () => {
  it('coins capitalised names whose frequencies fall off like Zipf: a few common, many rare', () => {
    const random = createSeededRandom(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const name = coinName(random);
      expect(name).toMatch(/^[A-Z][a-z]+$/);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBeGreaterThan(1500);
    expect(sorted[0]).toBeGreaterThan(100);
    expect(sorted.filter((count) => count === 1).length).toBeGreaterThan(1000);
  });
});
