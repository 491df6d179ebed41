/**
 * The most text of one page the engine analyses: 200,000 characters, about 30,000 words, several
 * times the longest news article. Past that a page is a feed, an archive or a book, and reading it
 * all would hold up the reader for seconds; the result says how much was read.
 */
export const MAX_ANALYSED_CHARS = 200_000;

/** The text the engine reads: all of it, or its beginning cut at a paragraph or word boundary. */
export function clipText(
  text: string,
  max = MAX_ANALYSED_CHARS,
): { text: string; truncated: boolean; charsRead: number } {
  if (text.length <= max) return { text, truncated: false, charsRead: text.length };
  const paragraph = text.lastIndexOf('\n', max);
  const space = text.lastIndexOf(' ', max);
  const cut = paragraph > max * 0.9 ? paragraph : space > max * 0.9 ? space : max;
  return { text: text.slice(0, cut), truncated: true, charsRead: cut };
}
