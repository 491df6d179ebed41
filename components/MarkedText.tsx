// A sentence with some of its phrases marked (the differing figures or words). Phrases that do not
// occur verbatim are simply not marked; the side-by-side list still shows them.

interface Piece {
  text: string;
  marked: boolean;
}

export function splitMarked(text: string, phrases: readonly string[]): Piece[] {
  const spans: Array<[number, number]> = [];
  for (const phrase of phrases) {
    if (!phrase.trim()) continue;
    const at = text.toLowerCase().indexOf(phrase.toLowerCase());
    if (at >= 0) spans.push([at, at + phrase.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue; // overlapping phrase: the first one wins
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return pieces;
}

export function MarkedText({ text, phrases }: { text: string; phrases: readonly string[] }) {
  return <>{splitMarked(text, phrases).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
