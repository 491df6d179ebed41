import { PROFILES, type LanguageProfile } from '../lang';
import { GROUP_WORDS, MULTIPLIER_WORDS, NUMBER_WORDS } from './number-words';
import type { FigureToken } from './types';
import { AND, ARTICLES, HALF, HALF_FACTOR, LONE_GROUPS, OF } from './figure-words';

// Number words that are also common words in another language, or articles, on their own.
const NOT_ALONE = new Map(PROFILES.map((p) => [p, new Set<string>(p.numberWordsNotAlone)]));

const isNumberWord = (fold: string): boolean =>
  fold.split('-').every((part) => NUMBER_WORDS[part] !== undefined && MULTIPLIER_WORDS[part] === undefined);
const valueOf = (fold: string): number => fold.split('-').reduce((sum, part) => sum + NUMBER_WORDS[part]!, 0);

/**
 * A number written out in words, English or Spanish: "eighty-seven", "ochenta y siete", "one hundred
 * and twenty", "dos mil setecientas", "a thousand", "un millar", "two dozen", "mil millones",
 * "medio millón", "half a million". Returns its value and the token after it, or null when the words are not a figure
 * ("one of the…", "uno de los…", an article alone).
 */
export function readNumberWords(
  tokens: FigureToken[],
  i: number,
  profile: LanguageProfile,
): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let words = 0;
  let k = i;
  const first = tokens[i]!.fold;
  if (HALF.has(first) && ARTICLES.has(tokens[i + 1]?.fold ?? '')) {
    // "half a million", "half a dozen".
    const after = tokens[i + 2]?.fold ?? '';
    if (MULTIPLIER_WORDS[after] === undefined && GROUP_WORDS[after] === undefined) return null;
    current = 0.5;
    k += 2;
  } else if (ARTICLES.has(first) || HALF_FACTOR.has(first)) {
    // "a thousand", "un millón", "a dozen", "medio millón": the article or "medio" is a factor.
    const after = tokens[i + 1]?.fold ?? '';
    if (MULTIPLIER_WORDS[after] === undefined && GROUP_WORDS[after] === undefined) return null;
    current = HALF_FACTOR.has(first) ? 0.5 : 1;
    k++;
  }
  for (; k < tokens.length; k++) {
    const w = tokens[k]!.fold;
    if (isNumberWord(w)) {
      current += valueOf(w);
      words++;
    } else if (MULTIPLIER_WORDS[w] !== undefined && (words > 0 || current > 0)) {
      current = (current || 1) * MULTIPLIER_WORDS[w]!;
      words++;
    } else if (GROUP_WORDS[w] !== undefined && (words > 0 || current > 0 || LONE_GROUPS.has(w))) {
      const group = GROUP_WORDS[w]!;
      // "mil millones": a million of what came before, thousands included.
      if (group >= 1e6) [total, current] = [(total + current || 1) * group, 0];
      else [total, current] = [total + (current || 1) * group, 0];
      words++;
    } else if (AND.has(w) && words > 0 && isNumberWord(tokens[k + 1]?.fold ?? '')) {
      continue;
    } else break;
  }
  if (words === 0) return null;
  const next = tokens[k];
  if (words === 1 && k === i + 1) {
    // One word alone: not a word of the other language, not "one of the…", and a noun must follow.
    if (NOT_ALONE.get(profile)?.has(first)) return null;
    if (!next || OF.has(next.fold) || !/^\p{L}/u.test(next.raw)) return null;
  }
  return { value: total + current, next: k };
}
