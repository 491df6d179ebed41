import { normalizeText } from '../text/normalize';

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
  // The article's edges collect what is left: menus above, app and comment prompts below.
  while (kept.length > 0 && isEdgeFurniture(kept[kept.length - 1]!, 'end')) kept.pop();
  while (kept.length > 0 && isEdgeFurniture(kept[0]!, 'start')) kept.shift();
  return kept.join('\n');
}

// Flags, emoji and pictographs carry no claim and break word matching of a headline.
function stripPictographs(line: string): string {
  return line.replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]/gu, '');
}

// prettier-ignore
const INTERFACE_WORDS = new Set([
  'app', 'apps', 'install', 'download', 'browser', 'click', 'tap', 'icon', 'screen', 'scroll', 'share', 'subscribe',
  'subscribers', 'newsletter', 'sign', 'login', 'log', 'cookie', 'cookies', 'comment', 'comments', 'reply', 'users',
  'user', 'site', 'website', 'respectful', 'privacy', 'policy', 'advertisement', 'ad', 'ads', 'sponsored', 'follow',
  'facebook', 'twitter', 'whatsapp', 'telegram', 'email', 'print', 'link', 'menu', 'search', 'pwa', 'dock', 'ios',
  'android', 'macos', 'ipad', 'iphone', 'notifications', 'font', 'px', 'top', 'register', 'account', 'password',
  'accept', 'settings', 'copyright', 'rights', 'reserved', 'loading', 'publicidad', 'suscríbete', 'comentarios',
  'compartir', 'anuncio', 'aplicación', 'reklam', 'yükleniyor',
]);

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
