import { describe, expect, it } from 'vitest';
import { fitLogistic, predict } from './logistic';

describe('fitLogistic', () => {
  // Positive when the first feature is large; the second is noise.
  const rows = [
    [0.1, 5],
    [0.2, 1],
    [0.3, 4],
    [0.35, 2],
    [0.6, 3],
    [0.7, 1],
    [0.8, 5],
    [0.9, 2],
  ];
  const labels = rows.map(([x]) => x! > 0.5);
  const model = fitLogistic(rows, labels);

  it.each([
    ['a clear positive', [0.95, 3], true],
    ['a clear negative', [0.05, 3], false],
    ['a positive whatever the noise', [0.85, 0], true],
  ])('reads %s', (_, row, positive) => {
    expect(predict(model, row) > 0.5).toBe(positive);
  });

  it('weighs the feature that separates the classes most', () => {
    expect(Math.abs(model.weights[0]!)).toBeGreaterThan(Math.abs(model.weights[1]!) * 3);
  });

  it('refuses an empty set', () => {
    expect(() => fitLogistic([], [])).toThrow('No rows to fit.');
  });
});
