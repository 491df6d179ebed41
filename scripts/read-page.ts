import { extname } from 'node:path';
import { extractArticle } from '../lib';
import { readTextPage } from '../lib';
import { htmlDocument } from './html-document';
import { InputError } from './input-error';
import { LIMITS, readTextFile } from './read-file-limited';

export { InputError };

export interface PageText {
  title: string | null;
  text: string;
  /** The page's address when the HTML names it (`<link rel=canonical>`, `og:url`). */
  url: string | null;
}

/** Reads a page file (.html, .htm, .txt, .md) into article text, or throws an InputError saying why not. */
export function readPage(path: string): PageText {
  const ext = extname(path).toLowerCase();
  // A page of unknown extension may be HTML; it gets the larger cap and is sniffed below.
  const textOnly = ext === '.txt' || ext === '.md';
  const raw = readTextFile(path, {
    maxBytes: textOnly ? LIMITS.textPage : LIMITS.htmlPage,
    what: 'an .html, .txt or .md page',
  });
  const isHtml =
    ext === '.html' ||
    ext === '.htm' ||
    (ext !== '.txt' && ext !== '.md' && /^\s*<(!doctype|html)/i.test(raw));
  if (isHtml) {
    const doc = htmlDocument(raw);
    const article = extractArticle(doc);
    if (!article) throw new InputError(`${path} has no article text that Crosscheck can read.`);
    return { title: article.title, text: article.text, url: pageUrl(doc) };
  }
  const page = readTextPage(raw, ext === '.md' ? 'md' : 'txt');
  if (!page.text.trim()) throw new InputError(`${path} has no text to compare.`);
  return { ...page, url: null };
}

function pageUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical ?? og ?? null;
}
