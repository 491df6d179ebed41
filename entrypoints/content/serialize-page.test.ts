// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { newScopeAttribute } from './mark-scope';
import { serializePage } from './serialize-page';

const many = (n: number, html: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => html(i)).join('');

describe('serializePage', () => {
  it.each([
    ['a small page', '<head><title>T</title></head><body><p>One &amp; two</p></body>'],
    [
      'a page of many paragraphs',
      `<head><title>T</title><style>p > b { color: red }</style></head><body><main>${many(
        500,
        (i) => `<p class="x" data-n="${i}">Para ${i} says 3 &lt; 4 &amp; "quoted"\u00a0here.</p>`,
      )}</main></body>`,
    ],
    [
      'text, comments and void elements between many elements',
      `<body>${many(100, (i) => `text ${i} <!-- c${i} --><br><img src="a.png?x=1&amp;y=2" alt="&quot;q&quot;">`)}</body>`,
    ],
    [
      'scripts and templates among many elements',
      `<body>${many(80, (i) => `<div>${i}</div><script>if (a < b && c > d) x("</p>");</script>`)}<template><p>t</p></template></body>`,
    ],
    ['one very long text', `<body><p>${'Long text &amp; more &lt;things&gt;. '.repeat(10_000)}</p></body>`],
  ])('writes %s as outerHTML does', async (_name, html) => {
    document.documentElement.innerHTML = html;
    const parts = await serializePage(document, Infinity, 1000);
    expect(parts.join('')).toBe(document.documentElement.outerHTML);
    // In parts of the length asked for, the last one shorter.
    expect(parts.slice(0, -1).every((part) => part.length === 1000)).toBe(true);
    expect(parts.at(-1)!.length).toBeLessThanOrEqual(1000);
  });

  it('leaves out the attributes that scope Crosscheck’s highlights, in small and split elements', async () => {
    const html = `<body><main>${many(100, (i) => `<p data-n="${i}">Para ${i}.</p>`)}</main><p>Alone.</p></body>`;
    document.documentElement.innerHTML = html;
    const page = (await serializePage(document)).join('');
    const scope = newScopeAttribute();
    expect(scope).toMatch(/^data-x[0-9a-z]{24}$/);
    document.querySelector('main')!.setAttribute(scope, '');
    for (const p of document.querySelectorAll('p')) p.setAttribute(scope, '');
    // The rules' own <style>, where a content script cannot adopt a sheet (Firefox).
    const style = document.createElement('style');
    style.setAttribute(scope, '');
    style.textContent = `[${scope}]::highlight(hq) { text-decoration: underline wavy red; }`;
    document.documentElement.append(style);
    expect(document.documentElement.outerHTML).toContain(scope);
    expect((await serializePage(document)).join('')).toBe(page);
  });

  it('stops at the length asked for, in whole parts and a last short one', async () => {
    document.documentElement.innerHTML = `<body><main>${many(200, (i) => `<p>Para ${i}.</p>`)}</main></body>`;
    const parts = await serializePage(document, 2500, 1000);
    expect(parts.map((part) => part.length)).toEqual([1000, 1000, 500]);
    expect(parts.join('')).toBe(document.documentElement.outerHTML.slice(0, 2500));
  });
});
