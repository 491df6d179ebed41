import { performance } from 'node:perf_hooks';

export interface RunBudget {
  /** Untimed runs first, so that the JIT has compiled the hot paths. */
  warmup: number;
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs (past minRuns) once this much time has been spent. */
  budgetMs: number;
}

/** Times `run` repeatedly within a budget; returns each run's milliseconds. */
export function timeRuns(run: () => void, budget: RunBudget): number[] {
  for (let i = 0; i < budget.warmup; i++) run();
  const times: number[] = [];
  const start = performance.now();
  while (
    times.length < budget.maxRuns &&
    (times.length < budget.minRuns || performance.now() - start < budget.budgetMs)
  ) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Times several runs side by side: each round runs every one once, starting with the next one each
 * round, so that on a shared machine a busy moment slows them alike instead of whichever ran then.
 * `settle` runs untimed before each run (a garbage collection: else one run's garbage is collected
 * in the next one's time, and a run that makes much of it slows the others). Returns each run's
 * milliseconds, in the order of `runs`.
 */
export function timeInterleaved(
  runs: ReadonlyArray<() => void>,
  budget: RunBudget,
  settle: () => void = () => undefined,
): number[][] {
  for (let i = 0; i < budget.warmup; i++) for (const run of runs) run();
  const times = runs.map((): number[] => []);
  const start = performance.now();
  for (
    let round = 0;
    round < budget.maxRuns && (round < budget.minRuns || performance.now() - start < budget.budgetMs);
    round++
  ) {
    for (let k = 0; k < runs.length; k++) {
      const at = (round + k) % runs.length;
      settle();
      const t0 = performance.now();
      runs[at]!();
      times[at]!.push(performance.now() - t0);
    }
  }
  return times;
}

/** The p-th percentile (0..100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);
