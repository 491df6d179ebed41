import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readableTextPasses } from '../lib/page/is-article-page';

// The content script's readable-text check stops at the first paragraphs that pass instead of listing
// every block of the page first; on every HTML page of the tests and on made-up edge cases it must
// answer as Readability's isProbablyReaderable does, at several thresholds.

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'output' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const para = (words: number, attrs = '') =>
  `<p${attrs}>${'Petro spoke with Trump by phone. '.repeat(words)}</p>`;
const MADE_UP: Array<[string, string]> = [
  ['one long paragraph', para(30)],
  ['short paragraphs only', para(3).repeat(40)],
  ['a hidden article', para(30, ' hidden').repeat(3)],
  ['display none', para(30, ' style="display:none"').repeat(3)],
  ['aria-hidden', para(30, ' aria-hidden="true"').repeat(3)],
  ['aria-hidden fallback image', para(30, ' aria-hidden="true" class="fallback-image"').repeat(3)],
  ['paragraphs in a list', `<ul><li>${para(30)}</li><li>${para(30)}</li></ul>`],
  ['a comments block', `<div class="comments">${para(30, ' class="comment"').repeat(3)}</div>`],
  ['comments in the main column', para(30, ' class="comment main-column"').repeat(3)],
  [
    'text in divs with line breaks',
    `<div>${'Petro spoke with Trump by phone. '.repeat(30)}<br>more</div>`.repeat(3),
  ],
  ['a pre block', `<pre>${'x = 1;\n'.repeat(200)}</pre>`],
  ['an empty body', ''],
];

const asPage = (html: string) =>
  /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;

const THRESHOLDS = [
  { minContentLength: 140, minScore: 20 },
  { minContentLength: 0, minScore: 0 },
  { minContentLength: 500, minScore: 60 },
];

describe('the readable-text check answers as Readability does', () => {
  const files = htmlFiles(join(import.meta.dirname, '.'));
  it('has pages to check', () => expect(files.length).toBeGreaterThan(20));

  it.each([
    // A fragment (the hostile pages' article body) is checked inside a page, as the test server serves it.
    ...files.map((f) => [f.slice(f.indexOf('tests/')), asPage(readFileSync(f, 'utf8'))] as [string, string]),
    ...MADE_UP.map(
      ([name, body]) => [name, `<!doctype html><html><body>${body}</body></html>`] as [string, string],
    ),
  ])('%s', (_name, html) => {
    for (const options of THRESHOLDS) {
      const { document } = parseHTML(html);
      expect(readableTextPasses(document as unknown as Document, options), JSON.stringify(options)).toBe(
        isProbablyReaderable(document as unknown as Document, options),
      );
    }
  });
});
