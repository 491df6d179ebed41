import type { FigureToken } from './read-amount';
import { NUMBER_WORDS } from './number-words';
import { TIME_UNITS } from './units';

const TIME_POINT =
  /^(after|before|ago|later|earlier|previously|siguiente|despues|antes|anterior|atras|mas|tarde)$/;

/**
 * A rate after a figure: "every 40 minutes", "a day", "per week", "cada hora", "al día",
 * "daily". Returns the period in days and the token after it.
 */
export function findRate(tokens: FigureToken[], j: number): { perDays: number; next: number } | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.fold === 'daily' || t.fold === 'diarios' || t.fold === 'diarias') return { perDays: 1, next: j + 1 };
  if (!/^(every|each|per|a|an|cada|al|por|a la)$/.test(t.fold)) return null;
  let k = j + 1;
  let count = 1;
  const n = tokens[k];
  if (
    n &&
    (/^\d+$/.test(n.raw) || NUMBER_WORDS[n.fold] !== undefined) &&
    /^(every|each|cada)$/.test(t.fold)
  ) {
    count = /^\d+$/.test(n.raw) ? Number(n.raw) : NUMBER_WORDS[n.fold]!;
    k++;
  }
  const unit = tokens[k];
  const days = unit ? TIME_UNITS[unit.fold] : undefined;
  if (days === undefined) return null;
  // "a day after the visit", "a year ago", "al día siguiente": a point in time, not a rate.
  if (TIME_POINT.test(tokens[k + 1]?.fold ?? '')) return null;
  return { perDays: count * days, next: k + 1 };
}
