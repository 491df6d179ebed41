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

/** One run to time, with its own budget (a MiniSearch page at 10,000 reports takes seconds). */
export interface TimedRun {
  run: () => void;
  budget: RunBudget;
}

/**
 * Times several runs in alternating blocks: block 1 times each run in turn, block 2 again starting
 * with the next one, each with its share of the budget. On a shared machine a busy spell then
 * weighs on both sides rather than on whichever ran then; and each block starts with an untimed
 * run, which pays for the garbage and the cold caches the previous block left (MiniSearch at
 * 10,000 reports leaves hundreds of MB), so that no side's runs are timed with the other's debt.
 * Timing every run in turn instead slowed Crosscheck's runs up to fivefold after each MiniSearch
 * page, and a forced collection before each run slowed them as much. Returns each run's
 * milliseconds, in the order of `runs`.
 */
export function timeInBlocks(runs: readonly TimedRun[], blocks = 2): number[][] {
  const times = runs.map((): number[] => []);
  for (let block = 0; block < blocks; block++) {
    for (let k = 0; k < runs.length; k++) {
      const at = (block + k) % runs.length;
      const { run, budget } = runs[at]!;
      const share: RunBudget = {
        warmup: block === 0 ? budget.warmup : Math.min(budget.warmup, 1),
        minRuns: Math.ceil(budget.minRuns / blocks),
        maxRuns: Math.ceil(budget.maxRuns / blocks),
        budgetMs: budget.budgetMs / blocks,
      };
      times[at]!.push(...timeRuns(run, share));
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
