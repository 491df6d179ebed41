import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../scripts/html-document';
import { extractArticle } from './extract-article';

const page = (body: string, title: string) =>
  htmlDocument(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);
const paragraphs =
  '<p>' + 'Petro invited Trump to visit Colombia and see the labs destroyed. '.repeat(12) + '</p>';

describe('extractArticle', () => {
  it('reads a Spanish news page without its menus, cookie banner, asides, comments and footer', () => {
    const html = readFileSync('tests/fixtures/pages/petro-reta-trump.es.html', 'utf8');
    const article = extractArticle(htmlDocument(html))!;
    expect(article.title).toBe("Petro reta a Trump: 'Venga a Colombia y vea cómo destruimos laboratorios'");
    const text = article.text;
    expect(text).toContain('18.400 laboratorios de cocaína');
    for (const furniture of ['Usamos cookies', 'Le puede interesar', 'Que vergüenza', 'Todos los derechos'])
      expect(text).not.toContain(furniture);
  });

  it.each([
    // The <title> shortens the headline and adds the section: the <h1> is the headline.
    [
      "Petro reta a Trump: 'Venga' | Política | El Diario",
      "<h1>Petro reta a Trump: 'Venga a Colombia'</h1>",
      "Petro reta a Trump: 'Venga a Colombia'",
    ],
    // An <h1> that is not the headline (a section name) leaves the title alone.
    ['Petro invites Trump to Colombia', '<h1>World news today</h1>', 'Petro invites Trump to Colombia'],
    // Two <h1>s: which one is the headline is unknown.
    [
      'Petro invites Trump to Colombia',
      '<h1>Petro invites Trump to Colombia now</h1><h1>Other</h1>',
      'Petro invites Trump to Colombia',
    ],
  ])('title %s with %s → %s', (title, h1, expected) => {
    expect(extractArticle(page(`<article>${h1}${paragraphs}</article>`, title))?.title).toBe(expected);
  });
});

describe('extractArticle leaves out what a site writes about its article', () => {
  const body = [
    'Colombian President Gustavo Petro invited Donald Trump to watch cocaine laboratories being destroyed in Colombia.',
    'Petro said security forces had dismantled 18,400 laboratories during his government, one every 40 minutes.',
    'The Drug Enforcement Administration said 84% of the cocaine seized in the United States came from Colombia.',
    'Petro also said his government had seized about 2,700 tons of cocaine since he took office in 2022.',
  ];
  const article = (html: string) =>
    extractArticle(page(`<article><h1>Petro invites Trump</h1>${html}</article>`, 'Petro invites Trump'));

  it('reads paragraphs a site marks as paid content', () => {
    const text = article(body.map((p) => `<p class="paywall">${p}</p>`).join(''))?.text ?? '';
    for (const p of body) expect(text).toContain(p);
  });

  it('drops credits, corrections, embedded posts, bare links and the closing list of links', () => {
    const html = [
      `<p>${body[0]}</p>`,
      '<blockquote class="twitter-tweet"><p>Venga a Colombia. pic.twitter.com/Xa9bQ2kLmn</p>— Gustavo Petro (@petrogustavo)</blockquote>',
      `<p>${body[1]} pic.twitter.com/Xa9bQ2kLmn</p>`,
      `<p>${body[2]}</p>`,
      '<p>This story has been corrected to show that the call lasted nearly an hour, not 30 minutes.</p>',
      `<p>${body[3]}</p>`,
      '<p>Associated Press writer Matthew Lee in Washington contributed to this report.</p>',
      '<p>Seguir leyendo:</p><ul><li>Qué se sabe del segundo ataque contra una lancha en el Caribe.</li><li>Trump dijo que Colombia podría ser el próximo</li></ul>',
    ].join('');
    const text = article(html)?.text ?? '';
    for (const p of body) expect(text).toContain(p);
    for (const furniture of [
      'pic.twitter.com',
      '@petrogustavo',
      'corrected to show',
      'contributed to this report',
      'Seguir leyendo',
      'segundo ataque',
    ])
      expect(text).not.toContain(furniture);
  });
});

// A page nested thousands of levels deep held Readability's scoring for 47 s (2,000 levels). The
// timeout guards against a freeze; it is not a speed test.
describe('extractArticle reads a deeply nested page', () => {
  const sentence = 'Petro invited Trump to visit Colombia and see the laboratories destroyed by the army. ';
  const nested = (depth: number) =>
    page(
      `${'<div>'.repeat(depth)}<article><h1>Petro invites Trump</h1>${`<p>${sentence.repeat(6)}</p>`.repeat(4)}</article>${'</div>'.repeat(depth)}`,
      'Petro invites Trump',
    );

  it.each([[10], [500], [2000]])(
    'a page %i levels deep gives its four paragraphs',
    (depth) => {
      const article = extractArticle(nested(depth));
      expect(article?.paragraphs).toEqual(Array(4).fill(sentence.repeat(6).trim()));
    },
    15_000,
  );
});
