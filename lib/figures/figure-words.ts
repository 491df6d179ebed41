import { PROFILES, type LanguageProfile } from '../lang';

// The function words the figure readers look for around a number, of every profile at once: a
// page quotes figures in either language, and these words do not collide (lib/lang/, `figureWords`).
const words = (field: keyof LanguageProfile['figureWords']): ReadonlySet<string> =>
  new Set(PROFILES.flatMap((p) => p.figureWords[field]));

export const OF = words('of');
export const OF_THE = words('ofThe');
export const ARTICLES = words('articles');
export const DETERMINERS = words('determiners');
export const EACH = words('each');
export const ONE = words('one');
export const AND = words('and');
export const BETWEEN = words('between');
export const RANGE_FROM = words('rangeFrom');
export const RANGE_TO = words('rangeTo');
export const HALF = words('half');
export const HALF_FACTOR = words('halfFactor');
export const LONE_GROUPS = words('loneGroups');
export const SHARE_ONES = words('shareOnes');
export const SHARE_DEFINITE = words('shareDefinite');
export const FRACTION_PARTS = words('fractionParts');
/** The links of a share as word lists: ["in"], ["out", "of"], ["de", "cada"]. */
export const SHARE_LINKS: ReadonlyArray<readonly string[]> = [...words('shareLinks')].map((l) =>
  l.split(' '),
);
export const APPROXIMATOR_ENDS = words('approximatorEnds');
export const RATE_OPENERS: ReadonlySet<string> = new Set([...EACH, ...words('ratePrepositions')]);
export const RATE_ARTICLES = words('rateArticles');
export const TIME_POINT = words('timePoint');
export const ORDINAL = new RegExp(`^(${[...words('ordinalSuffixes')].join('|')})\\b`, 'iu');
/** Ordinals before a half that make it a period ("the first half of"), of every profile. */
export const PERIOD_ORDINALS = words('periodOrdinals');
