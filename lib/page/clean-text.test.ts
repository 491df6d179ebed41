import { describe, expect, it } from 'vitest';
import { cleanText, isAboutTheArticle } from './clean-text';

const article = [
  'Colombian President Gustavo Petro invited Donald Trump to visit Colombia on Tuesday.',
  'He said the country had destroyed thousands of cocaine laboratories in recent years.',
];

describe('cleanText removes page furniture by general rules', () => {
  it.each([
    ['a repeated loading placeholder', ['Advertisement loading...', ...article, 'Advertisement loading...']],
    ['a foreign-language ad stub', [...article, 'Anuncio cargando...', 'Anuncio cargando...']],
    [
      'comment rules at the end',
      [...article, 'Comments you share on our site are valuable for other users. Please be respectful.'],
    ],
    [
      'app prompts and "scroll to top"',
      [...article, 'Install our app: tap the share icon in your browser.', 'Scroll to Top'],
    ],
    ['font-size controls', ['date 2025-12-03 + ↺ − 16 px', ...article]],
    ['a teaser heading at the end', [...article, 'You might also like:']],
    ['an outlet name after the last paragraph', [...article, 'News.Az']],
    ['emoji flags in a headline', ['🇨🇴🇺🇸 Petro invites Trump', ...article]],
  ])('drops %s', (_name, lines) => {
    const cleaned = cleanText(lines.join('\n'));
    for (const line of article) expect(cleaned).toContain(line);
    expect(cleaned.split('\n').length).toBeLessThanOrEqual(article.length + 1);
    expect(cleaned).not.toMatch(/loading|cargando|Comments|Install|Scroll|px|also like|News\.Az|🇨/u);
  });

  it('keeps subheads and quotes in the middle of the article', () => {
    const text = [article[0], 'Petro pushes back', '“Come to Colombia,” Petro wrote.', article[1]].join('\n');
    expect(cleanText(text)).toBe(text);
  });

  it('keeps an article about apps that mentions them once', () => {
    const text = 'The company said its app had been installed 2 million times this year.\nShares rose.';
    expect(cleanText(text)).toBe(text);
  });
});

describe('isAboutTheArticle', () => {
  it.each([
    ['Associated Press writer Matthew Lee in Washington contributed to this report.', true],
    ['This story has been updated with additional developments.', true],
    ['Con información de AFP y EFE.', true],
    ['Advertencia: La BBC no se hace responsable del contenido de sitios externos.', true],
    ['Fuente de la imagen, Getty Images', true],
    ['The Reuters Daily Briefing newsletter provides all the news you need to start your day.', true],
    ['Siga las noticias de EL TIEMPO en Google News y WhatsApp.', true],
    ['Suárez covers Colombia for The Associated Press, reporting on politics and the drug trade.', true],
    ['Petro said the report was updated after the strikes.', false],
    ['Reporters covered the rally in Bogotá, where Petro spoke for an hour.', false],
    ['Trump said the call was a great honor.', false],
  ])('%s → %s', (line, expected) => {
    expect(isAboutTheArticle(line)).toBe(expected);
  });
});
