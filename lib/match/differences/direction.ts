import { foldCase } from '../../text/normalize';
import { fromProfiles } from '../../text/patterns';
import { SentenceMemo } from '../../analysis/sentence-memo';
import type { DifferenceCheck, Phrasings } from './types';

// Verbs and nouns of change, up and down, of every profile, over accent-folded text.
const UP = new RegExp(String.raw`\b${fromProfiles((p) => p.direction.upPatterns)}\b`, 'iu');
const DOWN = new RegExp(String.raw`\b${fromProfiles((p) => p.direction.downPatterns)}\b`, 'iu');

/**
 * A direction difference: one sentence says a quantity went up ("surged by over 50 %", "aumentó")
 * and the other that it went down ("fell", "cayó"). Checked only between versions known to state
 * the same claim: "prices rose" and "deaths fell" are two claims.
 */
export function directionDifference(page: string, report: string): Phrasings | null {
  // The report's side first, read once per corpus sentence: most name no change, and then the
  // page's need not be read at all.
  const b = reportWays.get(report);
  if (!b) return null;
  const a = way(page);
  if (!a || a.up === b.up) return null;
  return { page: a.word, report: b.word };
}

const reportWays = new SentenceMemo(way);

function way(sentence: string): { up: boolean; word: string } | null {
  const folded = foldCase(sentence);
  const up = UP.exec(folded);
  const down = DOWN.exec(folded);
  if (Boolean(up) === Boolean(down)) return null;
  const m = (up ?? down)!;
  return { up: Boolean(up), word: sentence.slice(m.index, m.index + m[0].length) };
}

export const direction = {
  aspect: 'direction',
  onlySameClaim: true,
  find: ({ page, report }) => {
    const found = directionDifference(page, report);
    return found ? [found] : [];
  },
} as const satisfies DifferenceCheck;
