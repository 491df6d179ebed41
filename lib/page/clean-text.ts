import { PROFILES } from '../lang';
import { normalizeText } from '../text/normalize';
import { fromProfiles } from '../text/patterns';

/**
 * Removes page furniture from a report's raw text, line by line, by general rules rather than a
 * list of known strings: site widgets leave lines made of symbols, repeated placeholders,
 * "loading…" stubs, interface vocabulary (apps, comments, cookies, sharing), and short captionless
 * lines after the article ends (outlet names, "read more:" teasers).
 */
export function cleanText(raw: string): string {
  const lines = normalizeText(raw)
    .split('\n')
    .map((line) => stripPictographs(line).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.toLowerCase(), (counts.get(line.toLowerCase()) ?? 0) + 1);
  const kept = lines.filter((line) => !isFurniture(line, (counts.get(line.toLowerCase()) ?? 0) > 1));
  // A list of links closes many articles: from its teaser to the end, nothing is the article's.
  const teaser = kept.findIndex((line, i) => i >= kept.length - 8 && LINK_LIST.test(line));
  if (teaser > 0) kept.length = teaser;
  // The article's edges collect what is left: menus above, app and comment prompts below.
  while (kept.length > 0 && isEdgeFurniture(kept[kept.length - 1]!, 'end')) kept.pop();
  while (kept.length > 0 && isEdgeFurniture(kept[0]!, 'start')) kept.shift();
  return kept.join('\n');
}

// Flags, emoji and pictographs carry no claim and break word matching of a headline.
function stripPictographs(line: string): string {
  return line.replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]/gu, '');
}

// The furniture of every profile (lib/lang/): a site's interface words, what it writes about its
// article (credits, corrections, embed notices), and the teaser that opens the list of links ending
// an article ("Seguir leyendo:", "Read more:").
const INTERFACE_WORDS = new Set(PROFILES.flatMap((p) => p.furniture.interfaceWords));
const ABOUT_THE_ARTICLE = PROFILES.flatMap((p) => p.furniture.aboutTheArticle);
const LINK_LIST = new RegExp(
  String.raw`^${fromProfiles((p) => p.furniture.linkListPatterns)}\b.{0,20}:?$`,
  'i',
);

/** A line a site writes about its article (a credit, a correction note, an embed notice). */
export function isAboutTheArticle(line: string): boolean {
  return ABOUT_THE_ARTICLE.some((re) => re.test(line));
}

function words(line: string): string[] {
  return line.toLowerCase().match(/\p{L}+/gu) ?? [];
}

function interfaceShare(line: string): { hits: number; share: number } {
  const all = words(line);
  const hits = all.filter((w) => INTERFACE_WORDS.has(w)).length;
  return { hits, share: all.length ? hits / all.length : 1 };
}

/** Strong signals, furniture wherever the line stands. */
function isFurniture(line: string, repeated: boolean): boolean {
  const visible = line.replace(/\s/g, '');
  const letters = (line.match(/\p{L}/gu) ?? []).length;
  if (visible.length === 0 || letters / visible.length < 0.6) return true; // "date 2025-12-03 + ↺ − 16 px"
  if (/\b\d+\s?px\b|[↺↻☰✕×▲▼►◄]/u.test(line)) return true; // font-size and menu controls
  const count = words(line).length;
  if (repeated && count < 12) return true; // "Advertisement", "Reklam yükleniyor..." twice
  if (count <= 4 && /(\.\.\.|…)$/.test(line)) return true; // "Loading..."
  if (isAboutTheArticle(line)) return true;
  const { hits, share } = interfaceShare(line);
  return hits >= 3 && share >= 0.2;
}

/** Weaker signals, trusted only at the start or end of the text. */
function isEdgeFurniture(line: string, edge: 'start' | 'end'): boolean {
  const count = words(line).length;
  const { hits, share } = interfaceShare(line);
  if (hits >= 2 && share >= 0.08) return true; // comment rules, "Scroll to Top", "Install our app"
  if (edge === 'end' && count <= 6 && /:$/.test(line)) return true; // "You might also like:"
  // An outlet's name or a byline-like stub after the last paragraph: "News.Az".
  if (edge === 'end' && count <= 3 && !/[.!?"”]$/.test(line)) return true;
  return false;
}
