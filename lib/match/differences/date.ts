import type { DifferenceCheck } from './types';

/**
 * Dates of one event that differ: "revoked the visa in September" / "in October". Dates are paired
 * only when both date one event (lib/figures/compare-figures.ts).
 */
export const date = {
  aspect: 'date',
  onlySameClaim: false,
  find: ({ figurePairs }) =>
    figurePairs
      .filter((pair) => pair.verdict === 'conflict' && pair.page.kind === 'date')
      .map((pair) => ({ page: pair.page.text, report: pair.report.text })),
} as const satisfies DifferenceCheck;
