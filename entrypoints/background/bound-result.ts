import type { Checked, TabResult } from '@/messaging/protocol';

// A tab's result is kept (in memory and in session storage) within a size bound, so that one huge
// page can neither exhaust session storage's quota nor stall the background while it is written. What
// goes first is what the panel needs least: the page's sentences no report states (listed under "not in
// the corpus"), from the end of the page; then, on a pathological page, the last matches.

/**
 * The size of a value's JSON, each non-ASCII character counted as a six-byte `\uXXXX` escape (the
 * most it may take): what the bounds below are applied to. The browser's own count differs a little
 * (tab-results.ts keeps a margin for that).
 */
export function storedSize(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  if (!/[\u0080-\uffff]/.test(json)) return json.length;
  return json.length + 5 * (json.match(/[\u0080-\uffff]/g)?.length ?? 0);
}

/**
 * At most the stored size of one sentence, and cheap: one byte per character plus the quotes for
 * printable ASCII, else six per character (an escape; a quote or a control character takes two).
 */
function sentenceBytes(sentence: string): number {
  return 2 + sentence.length * (/[^\x20-\x7e]/.test(sentence) || sentence.includes('"') ? 6 : 1);
}

/** Blank sentences after the last kept one are left out altogether (the panel lists the rest). */
function withoutTrailingBlanks(sentences: string[]): string[] {
  let end = sentences.length;
  while (end > 0 && sentences[end - 1] === '') end--;
  return end === sentences.length ? sentences : sentences.slice(0, end);
}

/** Blanks unmatched sentences from the end until `excess` bytes are saved; returns what is left to save. */
function blankUnmatched(checked: Checked, excess: number): { checked: Checked; excess: number } {
  const matched = new Set(checked.comparison.matches.map((m) => m.pageIndex));
  const sentences = [...checked.sentences];
  for (let i = sentences.length - 1; i >= 0 && excess > 0; i--) {
    if (matched.has(i) || sentences[i] === '') continue;
    excess -= sentences[i]!.length; // at least one byte per character is saved
    sentences[i] = '';
  }
  return { checked: { ...checked, sentences: withoutTrailingBlanks(sentences) }, excess };
}

/** Keeps the matches (and their page sentences) that fit in `budget` bytes, in page order. */
function firstMatches(checked: Checked, budget: number): Checked {
  const matches = [];
  const counted = new Set<number>();
  for (const match of checked.comparison.matches) {
    const gap = match.pageIndex - (matches.at(-1)?.pageIndex ?? -1);
    const sentence = counted.has(match.pageIndex)
      ? 0
      : sentenceBytes(checked.sentences[match.pageIndex] ?? '') + 3 * gap;
    budget -= storedSize(match) + 1 + sentence;
    if (budget < 0) break;
    counted.add(match.pageIndex);
    matches.push(match);
  }
  const kept = new Set(matches.map((m) => m.pageIndex));
  return {
    sentences: withoutTrailingBlanks(checked.sentences.map((s, i) => (kept.has(i) ? s : ''))),
    comparison: { ...checked.comparison, matches },
  };
}

/** The result within `maxBytes`, or the result itself when it already fits. */
export function boundResult(result: TabResult, maxBytes: number): TabResult {
  let excess = storedSize(result) - maxBytes;
  if (excess <= 0) return result;
  let { page, selection } = result;
  if (selection && excess > 0) {
    const trimmed = blankUnmatched(selection, excess);
    [selection, excess] = [{ ...selection, ...trimmed.checked }, trimmed.excess];
  }
  if (page && excess > 0) ({ checked: page, excess } = blankUnmatched(page, excess));
  if (page && excess > 0) {
    // What stays whatever the matches: the rest of the result, and three bytes per blank sentence
    // before the last match kept (at most one per match: the blank ones after it are left out).
    const frame = storedSize({
      ...result,
      selection,
      page: { sentences: [], comparison: { ...page.comparison, matches: [] } },
    });
    page = firstMatches(page, maxBytes - frame);
  }
  return { ...result, page, selection };
}
