import type { ClaimMark } from '@/messaging/protocol';
import type { Relation } from '@/lib';
import { HIGHLIGHT_RULES } from './highlight-style';
import { newScopeAttribute } from './mark-scope';

// Marks matched sentences with the CSS Custom Highlight API: one highlight per relation, no element
// added around the text. The highlight registry is shared with the page, so nothing in it is taken on
// trust: names are random per painting (a page cannot claim them in advance), the painted ranges are
// StaticRanges (a page cannot move them), the `::highlight()` rules live in a stylesheet this script
// adopts, and `verify` checks every second that the registry and the sheet still hold exactly what was
// painted. A page that adds, removes or replaces a highlight gets everything repainted under new names.
//
// The rules are scoped to the elements that hold a mark (an attribute with a random name, set on each
// mark's nearest enclosing element, mark-scope.ts). A bare `::highlight(x)` rule makes the browser
// restyle the whole document when the sheet arrives: 190 ms in one frame on a 10 MB page, measured in
// Chromium 156, against 13 ms scoped. The attributes are checked with the rest.

export interface PlacedMark extends ClaimMark {
  /** A live range, for hit testing (`markAtPoint`) and scrolling. */
  range: Range;
}

// Only confident versions are painted: a possible one is the reader's to judge, in the panel.
type Kind = Exclude<Relation, 'possible'> | 'flash';
const KINDS: Kind[] = ['diverges', 'corroborates', 'related', 'flash'];

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `h${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

function frozen(range: AbstractRange): StaticRange {
  return new StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
}

/**
 * Whether a mark's range still holds page text. A live range whose text the page removed does not go
 * with it: it collapses onto the removed node's parent, which is still connected.
 */
export function onPage(range: AbstractRange): boolean {
  return range.startContainer.isConnected && !range.collapsed;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

interface Painted {
  names: Record<Kind, string>;
  /** The attribute on every element holding a painted range, which scopes the rules. */
  scope: string;
  holders: Element[];
  sheet: CSSStyleSheet | HTMLStyleElement;
  highlights: Map<Kind, { highlight: Highlight; ranges: StaticRange[] }>;
  /** Whether its highlights are registered yet (a frame after its rules, see `repaint`). */
  shown: boolean;
}

/** The element a range lies in: its rules are scoped to it (and its descendants). */
function holderOf(range: StaticRange): Element | null {
  let common: Node = range.startContainer;
  try {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    common = live.commonAncestorContainer;
  } catch {
    // The text changed under a static range (offsets past its end): its start's element will do.
  }
  return common instanceof Element ? common : common.parentElement;
}

export class PageHighlighter {
  /** The newest painting, shown or about to be. */
  private painted: Painted | null = null;
  /** Older paintings, still on screen until the newest shows. */
  private retiring: Painted[] = [];
  private marks: readonly PlacedMark[] = [];
  private flashed: StaticRange | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** How many times a page interfered with the highlights and they were repainted. */
  tampered = 0;

  paint(marks: readonly PlacedMark[]): void {
    this.marks = marks;
    this.repaint();
  }

  clear(): void {
    this.marks = [];
    this.flashed = null;
    this.unpaint();
  }

  /** Briefly marks a sentence (the one a card click scrolled to). */
  flash(range: Range): void {
    this.flashed = frozen(range);
    this.repaint();
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashed = null;
      this.repaint();
    }, 2000);
  }

  /** True when the registry and the stylesheet hold exactly what was painted; else repaints. */
  verify(): boolean {
    if (!this.painted?.shown || this.intact(this.painted)) return true;
    this.tampered++;
    this.repaint();
    return false;
  }

  private intact({ names, scope, holders, sheet, highlights }: Painted): boolean {
    if (holders.some((h) => h.isConnected && !h.hasAttribute(scope))) return false;
    for (const kind of KINDS) {
      const own = highlights.get(kind);
      const found = CSS.highlights.get(names[kind]);
      if (!own) {
        if (found) return false;
        continue;
      }
      if (found !== own.highlight || own.highlight.size !== own.ranges.length) return false;
      if (own.ranges.some((r) => !own.highlight.has(r))) return false;
      if (own.highlight.priority !== 0 || own.highlight.type !== 'highlight') return false;
    }
    if (sheet instanceof CSSStyleSheet) {
      if (!document.adoptedStyleSheets.includes(sheet)) return false;
      return sheet.cssRules.length === KINDS.length && !sheet.disabled;
    }
    return sheet.isConnected && sheet.sheet?.cssRules.length === KINDS.length && !sheet.sheet.disabled;
  }

  private repaint(): void {
    if (!highlightsSupported()) return;
    const byKind = new Map<Kind, StaticRange[]>();
    for (const mark of this.marks) {
      if (!onPage(mark.range) || mark.relation === 'possible') continue;
      byKind.set(mark.relation, [...(byKind.get(mark.relation) ?? []), frozen(mark.range)]);
    }
    if (this.flashed && onPage(this.flashed)) byKind.set('flash', [this.flashed]);
    // What is on screen stays there until the new painting shows: no frame without highlights.
    if (this.painted) this.retiring.push(this.painted);
    this.painted = null;
    if (byKind.size === 0) return this.retire();
    const names = Object.fromEntries(KINDS.map((k) => [k, randomName()])) as Record<Kind, string>;
    const scope = newScopeAttribute();
    const holders = new Set<Element>();
    const highlights = new Map<Kind, { highlight: Highlight; ranges: StaticRange[] }>();
    for (const [kind, ranges] of byKind) {
      highlights.set(kind, { highlight: new Highlight(...ranges), ranges });
      for (const range of ranges) {
        const holder = holderOf(range);
        if (holder) holders.add(holder);
      }
    }
    for (const holder of holders) holder.setAttribute(scope, '');
    const painting: Painted = {
      names,
      scope,
      holders: [...holders],
      sheet: adoptRules(names, scope),
      highlights,
      shown: false,
    };
    this.painted = painting;
    // The rules and the ranges in two frames: on a 10 MB page each costs the browser 13–20 ms of
    // rendering, and both in one frame came to 42–54 ms.
    afterNextFrame(() => {
      if (this.painted !== painting) return; // cleared or painted again meanwhile
      for (const [kind, { highlight }] of highlights) CSS.highlights.set(names[kind], highlight);
      painting.shown = true;
      this.retire();
    });
  }

  private retire(): void {
    for (const painting of this.retiring.splice(0)) remove(painting);
  }

  private unpaint(): void {
    if (this.painted) remove(this.painted);
    this.painted = null;
    this.retire();
  }
}

/** Takes a painting off the page: its highlights (if still the ones registered), rules and scope. */
function remove({ names, scope, holders, sheet, highlights }: Painted): void {
  for (const holder of holders) holder.removeAttribute(scope);
  for (const [kind, { highlight }] of highlights) {
    if (CSS.highlights.get(names[kind]) === highlight) CSS.highlights.delete(names[kind]);
  }
  if (sheet instanceof CSSStyleSheet) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  } else sheet.remove();
}

/** Runs `work` once the next frame has been rendered; soon anyway in a tab that renders none. */
function afterNextFrame(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 200); // a hidden tab renders no frame
}

/**
 * The `::highlight()` rules under this painting's names, for text in the scoped elements: an adopted
 * sheet, or a <style> without one.
 */
function adoptRules(names: Record<Kind, string>, scope: string): CSSStyleSheet | HTMLStyleElement {
  const css = KINDS.map((kind) => {
    const name = names[kind];
    return `[${scope}]::highlight(${name}), [${scope}] *::highlight(${name}) { ${HIGHLIGHT_RULES[kind]} }`;
  }).join('\n');
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    const style = document.createElement('style');
    style.setAttribute(scope, '');
    style.textContent = css;
    document.documentElement.append(style);
    return style;
  }
}

/** The mark under a viewport point, if any: for hover and clicks on highlights. */
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
