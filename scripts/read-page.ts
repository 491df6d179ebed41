import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { extractArticle } from '../lib';
import { readTextPage } from '../lib';
import { htmlDocument } from './html-document';

/** An input the command cannot read; its message is shown to the user as is. */
export class InputError extends Error {}

export interface PageText {
  title: string | null;
  text: string;
  /** The page's address when the HTML names it (`<link rel=canonical>`, `og:url`). */
  url: string | null;
}

/** Reads a page file (.html, .htm, .txt, .md) into article text, or throws an InputError saying why not. */
export function readPage(path: string): PageText {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not a page file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`Cannot read ${path}: no such file.`);
  }
  if (size === 0) throw new InputError(`${path} is empty.`);
  if (size > 20 * 1024 * 1024) throw new InputError(`${path} is larger than 20 MB; is it really a page?`);
  const bytes = readFileSync(path);
  if (looksBinary(bytes)) throw new InputError(`${path} is a binary file, not an .html, .txt or .md page.`);
  const raw = bytes.toString('utf8');
  const ext = extname(path).toLowerCase();
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

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return true;
  const text = sample.toString('utf8');
  // eslint-disable-next-line no-control-regex -- control characters are what a binary file shows
  const odd = (text.match(/[\uFFFD\u0001-\u0008\u000E-\u001A]/g) ?? []).length;
  return odd / Math.max(1, text.length) > 0.05;
}

function pageUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical ?? og ?? null;
}
