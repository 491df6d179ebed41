/**
 * A report's headline from its text: a first line that reads as a title (short, no final full stop)
 * and is followed by more text. Null when the text starts straight with the article.
 */
export function findTitle(cleanedText: string): string | null {
  const [first, ...rest] = cleanedText.split('\n');
  if (!first || rest.length === 0) return null;
  const words = first.split(/\s+/).length;
  // A headline may ask or exclaim ("Why are the US and Colombia at odds?"); a full stop ends a sentence.
  return words >= 3 && words <= 25 && !/\.$/.test(first) ? first : null;
}
