import type { ClaimMark } from '@/messaging/protocol';
import { clearMarks, flashRange, paintMarks, type PlacedMark } from './highlights';
import { yieldToPage, timed } from './run-timer';
import { buildTextMap, type TextMap } from './text-map';

// The matched page sentences and where they are in the DOM. The text map is built once per
// set of marks and rebuilt only when the page's nodes it points into have gone.

export class PageMarks {
  marks: ClaimMark[] = [];
  placed: PlacedMark[] = [];
  private map: TextMap | null = null;

  private textMap(): TextMap {
    const stale = this.placed.some((m) => !m.range.startContainer.isConnected);
    if (!this.map || stale) this.map = timed('map-text', () => buildTextMap(document.body, document));
    return this.map;
  }

  /** Finds every mark's sentence on the page, in page order, and paints them. */
  async show(marks: ClaimMark[]): Promise<number> {
    this.marks = marks;
    this.map = null;
    this.placed = [];
    if (marks.length === 0) {
      clearMarks();
      return 0;
    }
    const map = this.textMap();
    await yieldToPage();
    this.placed = timed('place-marks', () => {
      const placed: PlacedMark[] = [];
      let cursor = 0;
      for (const mark of [...marks].sort((a, b) => a.pageIndex - b.pageIndex)) {
        const found = map.rangeOf(mark.sentence, cursor);
        if (!found) continue;
        cursor = found.end;
        placed.push({ ...mark, range: found.range });
      }
      return placed;
    });
    timed('paint', () => paintMarks(this.placed));
    return this.placed.length;
  }

  /** Scrolls to a page sentence and flashes it; false when it is not on the page any more. */
  scrollTo(pageIndex: number): boolean {
    const placed = this.placed.find((m) => m.pageIndex === pageIndex && m.range.startContainer.isConnected);
    const sentence = this.marks.find((m) => m.pageIndex === pageIndex)?.sentence;
    const range = placed?.range ?? (sentence === undefined ? null : this.textMap().rangeOf(sentence)?.range);
    if (!range) return false;
    flashRange(range);
    return true;
  }

  clear(): void {
    this.marks = [];
    this.placed = [];
    this.map = null;
    clearMarks();
  }
}
