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
