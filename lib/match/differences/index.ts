import { attribution } from './attribution';
import { date } from './date';
import { direction } from './direction';
import { figure } from './figure';
import { negation } from './negation';
import { scope } from './scope';
import { title } from './title';
import type { PairEvidence } from './types';

/**
 * Every way two versions of a claim can differ, one check per aspect, in the order the panel lists
 * them. A check marked `onlySameClaim` runs only on a pair already known to state the same claim.
 * To add an aspect: write its module here, list it below, and give it a label (the panel's
 * `Record<Aspect, …>` fails to compile until it has one).
 */
export const DIFFERENCE_CHECKS = [figure, date, scope, negation, attribution, direction, title] as const;

/** The aspects the engine names in its differences. */
export type Aspect = (typeof DIFFERENCE_CHECKS)[number]['aspect'];

export const ASPECTS: readonly Aspect[] = DIFFERENCE_CHECKS.map((check) => check.aspect);

/** Every difference of a pair, each with its aspect. */
export function findDifferences(pair: PairEvidence): Array<{ aspect: Aspect; page: string; report: string }> {
  return DIFFERENCE_CHECKS.flatMap((check) =>
    check.onlySameClaim && !pair.sameClaim
      ? []
      : check.find(pair).map((found) => ({ aspect: check.aspect, ...found })),
  );
}

export type { PairEvidence } from './types';
