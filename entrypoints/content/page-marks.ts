import type { ClaimMark } from '@/messaging/protocol';
import { onPage, PageHighlighter, type PlacedMark } from './highlights';
import { yieldToPage, timed } from './run-timer';
import { TextMapBuilder, textWalker, type TextMap } from './text-map';

// The matched page sentences and where they are in the DOM. The text map is built once per
// set of marks and rebuilt only when the page's nodes it points into have gone.

/** Longest slice of work between two yields to the page. */
const SLICE_MS = 8;

export class PageMarks {
  marks: ClaimMark[] = [];
  placed: PlacedMark[] = [];
  private map: TextMap | null = null;
  readonly highlighter = new PageHighlighter();

  /**
   * Where a sentence is on the page as it is now. The map of the last painting serves while its nodes
   * are on the page; else the page is read again, in slices, as far as the sentence.
   */
  private async find(sentence: string): Promise<Range | null> {
    const stale = this.placed.some((m) => !onPage(m.range));
    if (this.map && !stale) {
      const found = this.map.rangeOf(sentence);
      if (found || !this.map.partial) return found?.range ?? null;
    }
    const builder = new TextMapBuilder(textWalker(document.body, document), document);
    for (;;) {
      const map = timed('map-text', () => {
        builder.read(SLICE_MS);
        return builder.map();
      });
      const found = map.rangeOf(sentence);
      if (found || !map.partial) {
        this.map = map;
        return found?.range ?? null;
      }
      await yieldToPage();
    }
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
  async scrollTo(pageIndex: number): Promise<boolean> {
    const placed = this.placed.find((m) => m.pageIndex === pageIndex && onPage(m.range));
    const sentence = this.marks.find((m) => m.pageIndex === pageIndex)?.sentence;
    const range = placed?.range ?? (sentence === undefined ? null : await this.find(sentence));
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
