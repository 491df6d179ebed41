// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
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
    expect(await serializePage(document)).toBe(document.documentElement.outerHTML);
  });
});
