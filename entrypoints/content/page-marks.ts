import type { ClaimMark } from '@/messaging/protocol';
import { PageHighlighter, type PlacedMark } from './highlights';
import { yieldToPage, timed } from './run-timer';
import { buildTextMap, TextMapBuilder, textWalker, type TextMap } from './text-map';

// The matched page sentences and where they are in the DOM. The text map is built once per
// set of marks and rebuilt only when the page's nodes it points into have gone.

/** Longest slice of work between two yields to the page. */
const SLICE_MS = 8;

export class PageMarks {
  marks: ClaimMark[] = [];
  placed: PlacedMark[] = [];
  private map: TextMap | null = null;
  readonly highlighter = new PageHighlighter();

  private textMap(): TextMap {
    const stale = this.placed.some((m) => !m.range.startContainer.isConnected);
    if (!this.map || stale) this.map = timed('map-text', () => buildTextMap(document.body, document));
    return this.map;
  }

  /**
   * Finds every mark's sentence on the page, in page order, and paints them. Reading the page and
   * placing the marks go in slices of a few milliseconds, yielding to the page in between, so even a
   * very large page never sees a long task from here; and reading stops once every mark is placed, so
   * an article at the top of a 10 MB page is not followed by reading (and holding) the other 10 MB.
   */
  async show(marks: ClaimMark[]): Promise<number> {
    this.marks = marks;
    this.map = null;
    this.placed = [];
    if (marks.length === 0) {
      this.highlighter.clear();
      return 0;
    }
    const builder = new TextMapBuilder(textWalker(document.body, document), document);
    const pending = [...marks].sort((a, b) => a.pageIndex - b.pageIndex);
    const placed: PlacedMark[] = [];
    let cursor = 0;
    while (pending.length > 0) {
      const map = timed('map-text', () => {
        builder.read(SLICE_MS);
        return builder.map();
      });
      await yieldToPage();
      timed('place-marks', () => {
        const start = performance.now();
        while (pending.length > 0 && performance.now() - start < SLICE_MS) {
          const found = map.rangeOf(pending[0]!.sentence, cursor);
          // Not in the text read so far: read on, unless the whole page has been read.
          if (!found && map.partial) break;
          const mark = pending.shift()!;
          if (!found) continue;
          cursor = found.end;
          placed.push({ ...mark, range: found.range });
        }
      });
      this.map = map;
      if (pending.length > 0) await yieldToPage();
    }
    if (this.marks !== marks) return 0; // newer marks arrived meanwhile
    this.placed = placed;
    timed('paint', () => this.highlighter.paint(this.placed));
    return this.placed.length;
  }

  /** Scrolls to a page sentence and flashes it; false when it is not on the page any more. */
  scrollTo(pageIndex: number): boolean {
    const placed = this.placed.find((m) => m.pageIndex === pageIndex && m.range.startContainer.isConnected);
    const sentence = this.marks.find((m) => m.pageIndex === pageIndex)?.sentence;
    const range = placed?.range ?? (sentence === undefined ? null : this.textMap().rangeOf(sentence)?.range);
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.highlighter.flash(range);
    return true;
  }

  clear(): void {
    this.marks = [];
    this.placed = [];
    this.map = null;
    this.highlighter.clear();
  }
}
