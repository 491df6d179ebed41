// Maps sentence text back to DOM Ranges without touching the DOM. The page's text nodes are read once
// into one string with whitespace removed and quotes/dashes unified, keeping for every character the
// node and offset it came from; a sentence is then found with indexOf on the same normal form.
// Whitespace is dropped rather than collapsed because block boundaries ("end.</p><p>Start") have no
// whitespace in the DOM but one in the extracted text.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG']);
const UNIFY: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  // Invisible characters that the engine's normalisation drops.
  '\u00AD': '',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
};
const SPACE = /\s/;

/** One character of the normal form per input character at most; used for both page and sentence. */
export function normalForm(text: string): string {
  let out = '';
  for (const ch of text) {
    if (SPACE.test(ch)) continue;
    out += UNIFY[ch] ?? ch.toLowerCase();
  }
  return out;
}

export interface TextMap {
  text: string;
  rangeOf(sentence: string, from?: number): { range: Range; end: number } | null;
}

/** Reads the text under `root` once. Hidden-by-CSS text is kept: checking styles would cost layout. */
export function buildTextMap(root: Node, doc: Document): TextMap {
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let text = '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIPPED.has(parent.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    const index = nodes.length;
    nodes.push(node);
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (SPACE.test(ch)) continue;
      const mapped = UNIFY[ch] ?? ch.toLowerCase();
      if (mapped.length === 0) continue;
      // toLowerCase can lengthen a character (İ → i̇); keep offsets aligned by mapping each output unit.
      for (let k = 0; k < mapped.length; k++) {
        nodeOf.push(index);
        offsetOf.push(i);
      }
      text += mapped;
    }
  }

  function toRange(start: number, end: number): Range {
    const range = doc.createRange();
    range.setStart(nodes[nodeOf[start]!]!, offsetOf[start]!);
    const lastNode = nodes[nodeOf[end - 1]!]!;
    range.setEnd(lastNode, Math.min(offsetOf[end - 1]! + 1, lastNode.data.length));
    return range;
  }

  return {
    text,
    rangeOf(sentence, from = 0) {
      const needle = normalForm(sentence);
      if (needle.length === 0) return null;
      let at = text.indexOf(needle, from);
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
