import { Readability } from '@mozilla/readability';
import { cleanText } from './clean-text';
import { flattenDeepNesting } from './flatten-deep-nesting';

/** The article of a page, as text blocks in reading order. */
export interface Article {
  title: string | null;
  /** The blocks joined by blank lines; what the sentence splitter reads. */
  text: string;
  /** Paragraphs, headings, list items and quotes of the article body, in order. */
  paragraphs: string[];
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd';

/**
 * The article of a page, through Mozilla's Readability (the reader-mode engine): navigation, ads,
 * cookie banners, share bars and comments are left out. Works on a clone, so the page is never
 * changed. Null when the page has no article.
 */
export function extractArticle(doc: Document, options: { charThreshold?: number } = {}): Article | null {
  const clone = doc.cloneNode(true) as Document;
  removeLabelledFurniture(clone);
  // A page nested thousands of levels deep would hold Readability's scoring for minutes.
  if (clone.body) flattenDeepNesting(clone.body);
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(clone, { charThreshold: options.charThreshold ?? 400 }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  // An inert document (no browsing context): the article's images do not load again and its
  // inline handlers do not run when its HTML is parsed back. linkedom (Node) has no
  // implementation object, and loads nothing anyway.
  const inert =
    typeof doc.implementation?.createHTMLDocument === 'function'
      ? doc.implementation.createHTMLDocument('')
      : doc;
  const container = inert.createElement('div');
  container.innerHTML = parsed.content;
  // Credits, correction notes, embed notices and what stands at the article's edges (bylines,
  // follow prompts, lists of links) go by the same rules as in a report's text.
  const cleaned = cleanText(
    blockTexts(container)
      .map((text) => text.replace(LINKS, '').trim())
      .join('\n'),
  );
  const paragraphs = cleaned ? cleaned.split('\n') : [];
  if (paragraphs.join(' ').split(/\s+/).length < 40) return null;
  return { title: headline(doc, parsed.title?.trim() || null), text: paragraphs.join('\n\n'), paragraphs };
}

// Readability keeps a cookie or consent banner, an ad label or a newsletter box that sits beside
// the article. Such boxes are short and say what they are in their id or class.
const FURNITURE = /cookie|consent|gdpr|onetrust|didomi|publici|advert|newsletter|paywall|subscri|suscri/i;
const FURNITURE_MAX_CHARS = 300;

// Embedded posts repeat, with their own furniture, what the article quotes.
const EMBEDS =
  'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, .fb-post, amp-twitter, amp-instagram, amp-facebook, twitter-widget';

function removeLabelledFurniture(doc: Document): void {
  for (const el of [...doc.querySelectorAll(EMBEDS)]) el.remove();
  for (const el of [...doc.querySelectorAll('[id], [class]')]) {
    // A paragraph is the article's even when its class says "paywall": sites mark the paid text so.
    if (/^(P|H[1-6]|LI|BLOCKQUOTE)$/.test(el.tagName)) continue;
    const label = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (FURNITURE.test(label) && (el.textContent ?? '').length < FURNITURE_MAX_CHARS) el.remove();
  }
}

/**
 * The headline. A document title often carries the site or section around a shortened headline
 * ("Petro reta a Trump: 'Venga a Colombia' | Política"); when the page's one <h1> begins with the
 * title's first part, that <h1> is the headline as printed.
 */
function headline(doc: Document, title: string | null): string | null {
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length !== 1) return title;
  const h1 = (h1s[0]!.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (h1.split(' ').length < 3) return title;
  if (!title) return h1;
  const lead = letters(title.split(/\s[|·–—-]\s/)[0]!);
  return lead.length >= 12 && letters(h1).startsWith(lead) ? h1 : title;
}

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// Text of the innermost blocks, so a <blockquote><p> is read once. In HTML a newline inside a
// paragraph is plain white space (source wrapping); only <br> breaks a line.
function blockTexts(root: Element): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const source = blocks.length ? blocks : [root];
  return source
    .map((el) => {
      el.querySelectorAll('br').forEach((br) => br.replaceWith(LINE_BREAK));
      return (el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .replaceAll(LINE_BREAK, '\n')
        .replace(/ *\n */g, '\n')
        .trim();
    })
    .filter((text) => text.length > 0);
}

const LINE_BREAK = '\u2028';
// Bare links left in the text by embeds and share prompts ("pic.twitter.com/Xa9bQ2kLmn").
const LINKS = /\s*(?:https?:\/\/\S+|\bpic\.twitter\.com\/\S+)/gu;
