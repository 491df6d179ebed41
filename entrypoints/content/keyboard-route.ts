import { t } from '@/wording/i18n';
import { onPage, type PlacedMark } from './highlights';
import type { HoverCard } from './hover-card';
import type { PageMarks } from './page-marks';

// The keyboard's way to what the pointer gets by hovering a highlight. The extension's shortcut (a
// browser command: the page never sees the key, and the reader can change it) makes the background
// send `showNextClaim`; each press scrolls to the next highlighted sentence, flashes it and shows its
// hover card with the card's button focused. Enter opens the claim in the side panel, Escape closes the
// card; both give focus back to where it was. Nothing is added to the article: no tabindex, no
// listener on the page's keys, so the page's own shortcuts and Tab order are left alone.

export interface KeyboardRoute {
  /** Shows the next highlighted sentence's card; false when the page has none. */
  next(): boolean;
}

/** The highlighted marks (a possible version is not painted), in page order. */
export function paintedMarks(marks: readonly PlacedMark[]): PlacedMark[] {
  return marks
    .filter((m) => m.relation !== 'possible' && onPage(m.range))
    .sort((a, b) => a.pageIndex - b.pageIndex);
}

/** The first mark after page sentence `after`, round to the first; with no `after`, the first on screen. */
export function nextMark(
  painted: readonly PlacedMark[],
  after: number | null,
  onScreen: (mark: PlacedMark) => boolean,
): PlacedMark | null {
  if (after !== null) return painted.find((m) => m.pageIndex > after) ?? painted[0] ?? null;
  return painted.find(onScreen) ?? painted[0] ?? null;
}

/** `openClaim` opens a page sentence's claim in the side panel (the same message as a click on a highlight). */
export function createKeyboardRoute(
  marks: PageMarks,
  hover: HoverCard,
  openClaim: (pageIndex: number) => void,
  doc = document,
): KeyboardRoute {
  let current: number | null = null;
  let returnTo: HTMLElement | null = null;

  const back = () => {
    current = null;
    if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    returnTo = null;
  };

  return {
    next() {
      if (!hover.focused) {
        current = null;
        const active = doc.activeElement;
        returnTo = active instanceof HTMLElement && active !== doc.body ? active : null;
      }
      // A new round starts at the first highlight still below the top of the view: where the reader is.
      const painted = paintedMarks(marks.placed);
      const mark = nextMark(painted, current, (m) => m.range.getBoundingClientRect().bottom >= 0);
      if (!mark) return false;
      current = mark.pageIndex;
      mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      marks.highlighter.flash(mark.range);
      const line = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
      const position = t('hoverPosition', painted.indexOf(mark) + 1, painted.length);
      const { pageIndex } = mark;
      hover.focusAt({ x: line.left, top: line.top, bottom: line.bottom }, position, {
        open: () => {
          back();
          openClaim(pageIndex);
        },
        back,
      });
      return true;
    },
  };
}
