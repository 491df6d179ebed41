import { fromProfiles } from '../../text/patterns';
import type { DifferenceCheck, Phrasings } from './types';

// Case is spelled out rather than flagged: under the i flag \p{Lu} matches any letter, and names
// would run on into the verb ("Donald Trump called").
const OFFICE = `(${fromProfiles((p) => p.titles.officePatterns)})`;
const FORMER_WORDS = fromProfiles((p) => p.titles.formerPatterns);
// "former President Trump", "ex-president", and the Spanish "expresidente Trump" in one word.
const FORMER = new RegExp(
  String.raw`\b${FORMER_WORDS}(?:US\s|U\.S\.\s)?${OFFICE}\s+((?:\p{Lu}\p{L}+\s?){1,3})`,
  'u',
);
const FORMER_BEFORE = new RegExp(`${FORMER_WORDS}$`, 'u');

/**
 * A title difference: one sentence calls someone "former President" where the other gives the
 * same person the title as current ("U.S. President Donald Trump").
 */
export function titleDifference(page: string, report: string): Phrasings | null {
  const formerPage = FORMER.exec(page);
  const formerReport = FORMER.exec(report);
  if (Boolean(formerPage) === Boolean(formerReport)) return null;
  const former = (formerPage ?? formerReport)!;
  const other = formerPage ? report : page;
  const name = former[2]!.trim().split(/\s+/).pop()!;
  const current = new RegExp(
    String.raw`(?:(?:US|U\.S\.|\p{Lu}\p{L}+)\s+)?${OFFICE}\s+(?:\p{Lu}\p{L}+\s+){0,2}${name}`,
    'u',
  ).exec(other);
  if (!current || FORMER_BEFORE.test(other.slice(Math.max(0, current.index - 8), current.index))) return null;
  return formerPage
    ? { page: former[0].trim(), report: current[0] }
    : { page: current[0], report: former[0].trim() };
}

export const title = {
  aspect: 'title',
  onlySameClaim: false,
  find: ({ page, report }) => {
    const found = titleDifference(page, report);
    return found ? [found] : [];
  },
} as const satisfies DifferenceCheck;
