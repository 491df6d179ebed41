import type { DifferenceCheck } from './types';

/** Figures of the same thing whose ranges do not overlap: "13 bombings" / "12 bombings". */
export const figure = {
  aspect: 'figure',
  onlySameClaim: false,
  find: ({ figurePairs }) =>
    figurePairs
      .filter((pair) => pair.verdict === 'conflict' && pair.page.kind !== 'date')
      .map((pair) => ({ page: pair.page.text, report: pair.report.text })),
} as const satisfies DifferenceCheck;
