/**
 * Canonical text for display and comparison: NFC, typographic spaces folded, control characters
 * dropped. Quotes and dashes are kept as printed, since they are shown to the reader verbatim.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFC')
      // Zero-width and BOM characters break word matching without being visible.
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\r\n?/g, '\n')
  );
}

/** Lower case without accents: "Cocaína" → "cocaina"; used for matching, never for display. */
export function foldCase(word: string): string {
  // Most words of English news are plain ASCII, which has no accents to drop: lower case is all.
  if (isAscii(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Straight quotes for comparing quoted words: “a” ‘b’ «c» → "a" 'b' "c". */
export function straightenQuotes(text: string): string {
  return text.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'");
}
