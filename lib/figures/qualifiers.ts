import { PROFILES } from '../lang';
import type { Qualifier } from './types';

// Every profile's qualifiers, each language's longest first (lib/lang/).
const BEFORE = PROFILES.flatMap((p) => p.qualifiers.before);
const AFTER = PROFILES.flatMap((p) => p.qualifiers.after);

/**
 * The qualifier whose words end `before` (folded text up to the figure), if any, and how many
 * characters of `before` its words take, articles included ("approaching a …").
 */
export function qualifierBefore(before: string): { qualifier: Qualifier; length: number } | null {
  const trimmed = before.trimEnd();
  // An article, and one word after it, may stand between: "approaching a record 4,000".
  // The qualifier itself is tried first: in "equivalen a unos 7.000" and "represent an estimated 30"
  // what looks like an article and a word is the preposition or article of the qualifier.
  const tail = trimmed.replace(/(^|\s)(a|an|the|un|una|el|la|los|las)(\s+[\p{L}-]+)?$/u, '').trimEnd();
  for (const text of [trimmed, tail]) {
    for (const [words, qualifier] of BEFORE) {
      if (text.endsWith(` ${words}`) || text === words) {
        return { qualifier, length: before.length - (text.length - words.length) };
      }
    }
  }
  return null;
}

/** The qualifier whose words start `after` (folded text after the figure), if any. */
export function qualifierAfter(after: string): Qualifier | null {
  const head = after.trimStart();
  for (const [words, qualifier] of AFTER)
    // The words end at a space, a stop or the end: "83 people or more.", "83 personas o más,".
    if (head.startsWith(words) && !/^[\p{L}\d]/u.test(head.slice(words.length))) return qualifier;
  return null;
}

/** Lowest and highest true values a qualified figure allows (RESEARCH.md: "Figures"). */
export function intervalOf(
  value: number,
  qualifier: Qualifier,
  decimals: number,
  share = false,
): [number, number] {
  // "over", "under" and "nearly" leave the figure itself out: "nearly 1,400" and "over 1,400"
  // cannot both be true, while "at least" and "up to" include it.
  const open = value * 1e-9;
  // A share is approximated in points, not in proportion: "about 90 %" is not 84 %, "nearly 85 %" is.
  // A share is printed to the point, so "nearly 84 %" may be what another prints as "84 %".
  if (share && qualifier === 'nearly') return [value - 5, value];
  if (share && qualifier === 'about') return [value - 3, value + 3];
  switch (qualifier) {
    case 'over':
      return [value + open, Infinity];
    case 'at-least':
      return [value, Infinity];
    case 'under':
      return [0, value - open];
    case 'up-to':
      return [0, value];
    case 'nearly':
      return [value * 0.85, value - open];
    case 'about':
      return [value * 0.9, value * 1.1];
    default: {
      // An exact figure is exact to its last significant digit, and a round one ("4,000") is
      // read as rounded, at most ±5 %: 12 vs 13 conflict, 2,700 vs 2,650 do not.
      if (decimals > 0) return [value - 0.5 * 10 ** -decimals, value + 0.5 * 10 ** -decimals];
      const zeros = /0*$/.exec(String(Math.round(value)))![0].length;
      const tolerance = zeros > 0 ? Math.min(0.5 * 10 ** zeros, value * 0.05) : 0;
      return [value - tolerance, value + tolerance];
    }
  }
}
