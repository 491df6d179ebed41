/**
 * Logistic regression by batch gradient descent, with features standardised on the training set
 * and an L2 penalty: small enough to read, enough for a dozen features and a few thousand rows.
 */
export interface LogisticModel {
  weights: number[];
  bias: number;
  mean: number[];
  scale: number[];
}

export interface FitOptions {
  iterations: number;
  rate: number;
  l2: number;
}

const DEFAULTS: FitOptions = { iterations: 3000, rate: 0.2, l2: 0.01 };

export function fitLogistic(
  rows: readonly number[][],
  labels: readonly boolean[],
  options: Partial<FitOptions> = {},
): LogisticModel {
  const { iterations, rate, l2 } = { ...DEFAULTS, ...options };
  if (rows.length === 0) throw new Error('No rows to fit.');
  const width = rows[0]!.length;
  const mean = Array.from({ length: width }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length);
  const scale = mean.map((m, j) => {
    const variance = rows.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / rows.length;
    return Math.sqrt(variance) || 1;
  });
  const xs = rows.map((r) => r.map((v, j) => (v - mean[j]!) / scale[j]!));
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(width).fill(0);
    let gradBias = 0;
    xs.forEach((x, i) => {
      const error = sigmoid(dot(weights, x) + bias) - (labels[i] ? 1 : 0);
      for (let j = 0; j < width; j++) grad[j]! += error * x[j]!;
      gradBias += error;
    });
    for (let j = 0; j < width; j++) weights[j]! -= rate * (grad[j]! / xs.length + l2 * weights[j]!);
    bias -= (rate * gradBias) / xs.length;
  }
  return { weights, bias, mean, scale };
}

/** The model's probability that a row is positive. */
export function predict(model: LogisticModel, row: readonly number[]): number {
  const x = row.map((v, j) => (v - model.mean[j]!) / model.scale[j]!);
  return sigmoid(dot(model.weights, x) + model.bias);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
