// Maps sentence text back to DOM Ranges without touching the DOM. The page's text nodes are read once
// into one string in a normal form (whitespace removed, quotes and dashes unified, lower case), with
// each node's start in it; a sentence is found with indexOf on the same normal form, and only the two
// nodes at its ends are walked character by character to turn positions back into node offsets.
// Whitespace is dropped rather than collapsed because block boundaries ("end.</p><p>Start") have no
// whitespace in the DOM but one in the extracted text.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
const SPACES = /\s+/g;
// Invisible characters the engine's normalisation drops, and the soft hyphen.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB]/g;
const DASHES = /[\u2013\u2014\u2212]/g;

/** The normal form of a text; every kept character stays one UTF-16 unit, so offsets can be walked back. */
export function normalForm(text: string): string {
  const kept = text
    .replace(SPACES, '')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-');
  const lower = kept.toLowerCase();
  if (lower.length === kept.length) return lower;
  // A character lowers to two units (İ): lower the others one by one and keep that one as printed.
  return kept.replace(/./gsu, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch));
}

/** Whether a UTF-16 unit is one `normalForm` drops: JavaScript's \s, or an invisible character. */
function dropped(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The offset in `data` of its `n`-th normal-form character (n may equal the normal length: the end). */
function rawOffset(data: string, n: number): number {
  let kept = 0;
  for (let i = 0; i < data.length; i++) {
    if (dropped(data.charCodeAt(i))) continue;
    if (kept === n) return i;
    kept++;
  }
  return data.length;
}

export interface TextMap {
  text: string;
  /**
   * Where a sentence is: its first exact occurrence from `from`, else anywhere, else anchored on its
   * two ends. On a map of part of the page (`partial`), only the first: the others could change
   * once more text is read, so a miss there means "read on".
   */
  rangeOf(sentence: string, from?: number): { range: Range; end: number } | null;
  partial: boolean;
}

/** The text nodes under `root` that hold page text (not scripts, styles or form fields). */
export function textWalker(root: Node, doc: Document): TreeWalker {
  return doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIPPED.has(parent.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
}

/**
 * Builds a TextMap in slices: `read` takes nodes from the walker until it is done (true) or the time
 * budget is spent (false), so a very large page can be read across several short tasks. `map` gives
 * the map of what has been read so far, so a caller can stop reading once it has found what it needs
 * (the marks of an article at the top of a 10 MB page are all in its first slices).
 */
export class TextMapBuilder {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private parts: string[] = [];
  private text = '';
  private length = 0;
  /** True once the walker has given every node. */
  done = false;

  constructor(
    private readonly walker: TreeWalker,
    private readonly doc: Document,
  ) {}

  read(budgetMs = Infinity): boolean {
    const start = performance.now();
    for (let count = 1; ; count++) {
      const node = this.walker.nextNode() as Text | null;
      if (!node) return (this.done = true);
      const norm = normalForm(node.data);
      if (norm.length > 0) {
        this.nodes.push(node);
        this.starts.push(this.length);
        this.parts.push(norm);
        this.length += norm.length;
      }
      if (count % 100 === 0 && performance.now() - start > budgetMs) return false;
    }
  }

  /** The map of the text read so far; only the text read since the last call is joined. */
  map(): TextMap {
    if (this.parts.length > 0) {
      this.text += this.parts.join('');
      this.parts = [];
    }
    return mapOf(this.nodes, this.starts, this.text, this.doc, !this.done);
  }
}

/** Reads the text under `root` at once. Hidden-by-CSS text is kept: checking styles would cost layout. */
export function buildTextMap(root: Node, doc: Document): TextMap {
  const builder = new TextMapBuilder(textWalker(root, doc), doc);
  builder.read();
  return builder.map();
}

function mapOf(nodes: Text[], starts: number[], text: string, doc: Document, partial: boolean): TextMap {
  /** The node holding normal-form position `at`: binary search over the node starts. */
  function nodeAt(at: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function toRange(start: number, end: number): Range {
    const first = nodeAt(start);
    const last = nodeAt(end - 1);
    const range = doc.createRange();
    range.setStart(nodes[first]!, rawOffset(nodes[first]!.data, start - starts[first]!));
    const lastData = nodes[last]!.data;
    range.setEnd(nodes[last]!, rawOffset(lastData, end - 1 - starts[last]!) + 1);
    return range;
  }

  return {
    text,
    partial,
    rangeOf(sentence, from = 0) {
      const needle = normalForm(sentence);
      if (needle.length === 0 || nodes.length === 0) return null;
      let at = text.indexOf(needle, from);
      if (at < 0 && partial) return null;
      if (at < 0) at = text.indexOf(needle);
      if (at >= 0) return { range: toRange(at, at + needle.length), end: at + needle.length };
      // The extraction may have joined or altered a few characters: anchor on both ends instead.
      const edge = Math.min(40, Math.floor(needle.length / 3));
      if (edge < 12) return null;
      const head = text.indexOf(needle.slice(0, edge), from);
      if (head < 0) return null;
      const tail = text.indexOf(needle.slice(-edge), head + edge);
      if (tail < 0 || tail + edge - head > needle.length * 1.3) return null;
      return { range: toRange(head, tail + edge), end: tail + edge };
    },
  };
}
