import type { DifferenceCheck } from './types';

/** Figures of the same thing whose ranges do not overlap: "13 bombings" / "12 bombings". */
export const figure = {
  aspect: 'figure',
  onlySameClaim: false,
  find: ({ figurePairs }) =>
    figurePairs
      .filter((pair) => pair.verdict === 'conflict' && pair.page.kind !== 'date')
      .map(({ page, report }) => ({
        page: page.text,
        report: report.text,
        // Rates are read per day: the reader sees them in one unit ("one every 40 minutes" ≈ 36 a day).
        ...(page.kind === 'rate' && report.kind === 'rate' && page.value !== null && report.value !== null
          ? { perDay: { page: page.value, report: report.value } }
          : {}),
      })),
} as const satisfies DifferenceCheck;
