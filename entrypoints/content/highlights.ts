import type { ClaimMark } from '@/messaging/protocol';
import type { Relation } from '@/lib';

// Marks matched sentences with the CSS Custom Highlight API: one named highlight per relation
// (styled in highlights.css), no element added around the text. `crosscheck-flash` briefly marks the
// sentence a card click scrolled to.

export interface PlacedMark extends ClaimMark {
  range: Range;
}

const RELATIONS: Relation[] = ['diverges', 'corroborates', 'related'];
export const highlightName = (relation: Relation | 'flash') => `crosscheck-${relation}`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintMarks(marks: readonly PlacedMark[]): void {
  if (!highlightsSupported()) return;
  for (const relation of RELATIONS) {
    const ranges = marks.filter((m) => m.relation === relation).map((m) => m.range);
    if (ranges.length === 0) CSS.highlights.delete(highlightName(relation));
    else CSS.highlights.set(highlightName(relation), new Highlight(...ranges));
  }
}

export function clearMarks(): void {
  if (!highlightsSupported()) return;
  for (const relation of RELATIONS) CSS.highlights.delete(highlightName(relation));
  CSS.highlights.delete(highlightName('flash'));
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Scrolls a sentence into view and flashes it for a moment. */
export function flashRange(range: Range): void {
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!highlightsSupported()) return;
  const name = highlightName('flash');
  CSS.highlights.set(name, new Highlight(range));
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(name), 2000);
}

/** The mark under a viewport point, if any: for hover summaries and clicks on highlights. */
export function markAtPoint(marks: readonly PlacedMark[], x: number, y: number): PlacedMark | null {
  if (marks.length === 0) return null;
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  let node: Node | null = null;
  let offset = 0;
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    if (pos) [node, offset] = [pos.offsetNode, pos.offset];
  } else {
    const range = doc.caretRangeFromPoint?.(x, y);
    if (range) [node, offset] = [range.startContainer, range.startOffset];
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  for (const mark of marks) {
    if (!mark.range.isPointInRange(node, offset)) continue;
    // The caret snaps to the nearest text even beside a line: make sure the point is on the text.
    for (const rect of mark.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return mark;
    }
  }
  return null;
}
