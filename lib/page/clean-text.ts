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

// prettier-ignore
const INTERFACE_WORDS = new Set([
  'app', 'apps', 'install', 'download', 'browser', 'click', 'tap', 'icon', 'screen', 'scroll', 'share', 'subscribe',
  'subscribers', 'newsletter', 'sign', 'login', 'log', 'cookie', 'cookies', 'comment', 'comments', 'reply', 'users',
  'user', 'site', 'website', 'respectful', 'privacy', 'policy', 'advertisement', 'ad', 'ads', 'sponsored', 'follow',
  'facebook', 'twitter', 'whatsapp', 'telegram', 'email', 'print', 'link', 'menu', 'search', 'pwa', 'dock', 'ios',
  'android', 'macos', 'ipad', 'iphone', 'notifications', 'font', 'px', 'top', 'register', 'account', 'password',
  'accept', 'settings', 'copyright', 'rights', 'reserved', 'loading', 'publicidad', 'suscríbete', 'comentarios',
  'compartir', 'anuncio', 'aplicación', 'reklam', 'yükleniyor', 'notificaciones', 'descarga', 'descargue',
  'suscríbase', 'regístrate', 'síguenos', 'síganos', 'privacidad', 'aceptar', 'permiso',
]);

// What a site says about the article rather than in it: credits, corrections and update notes,
// embed notices. General phrasings of news sites in English and Spanish.
const ABOUT_THE_ARTICLE = [
  /\b(contributed|contributing)\s+(reporting\s+)?(to\s+)?(this\s+)?(report|reporting|story|article)\b/i,
  /\b(this\s+(story|article|report)|the\s+(story|article))\s+(has\s+been|was)\s+(updated|corrected|originally\s+published|amended)\b/i,
  /^(correction|corrección|aclaración|fe de erratas)\b/i,
  /^(con\s+información\s+de|con\s+reporte\s+de|reporting\s+by|writing\s+by|editing\s+by)\b/i,
  /\b(colaboró|contribuyó)\s+(con|en|a)\s+(este|esta)\s+(informe|nota|reportaje|artículo)\b/i,
  /\b(not\s+responsible\s+for\s+the\s+content\s+of\s+external|no\s+se\s+hace\s+responsable\s+del\s+contenido)\b/i,
  // Picture credits, newsletter and follow prompts, author bios, update stamps.
  /^(fuente\s+de\s+la\s+imagen|image\s+source|photo|foto|crédito|credit)s?\s*[,:]/i,
  /\bnewsletter\b.*\b(sign\s+up|subscribe|inbox|start\s+your\s+day)\b|^sign\s+up\b/i,
  /^(siga|sigue|síganos|síguenos|follow)\b.*\b(google\s+news|whatsapp|telegram|twitter|facebook|instagram)\b/i,
  /^[\p{Lu}][\p{L}'’. -]{2,40}\s(covers|has\s+covered|reports\s+on|is\s+an?\s+(senior\s+)?(correspondent|reporter|writer|editor))\b/u,
  /\b(actualizado|updated|publicado|published)\s*:/i,
];

// A teaser that opens the list of links ending an article: "Seguir leyendo:", "Read more:".
const LINK_LIST =
  /^(seguir\s+leyendo|sigue\s+leyendo|lea\s+también|leer\s+más|más\s+noticias|read\s+more|more\s+on\s+this|related|recommended|te\s+puede\s+interesar|le\s+puede\s+interesar)\b.{0,20}:?$/i;

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
