import { describe, expect, it } from 'vitest';
import { readFrontMatter, readReportsJson, readSourceFiles } from './read-source-files';

const noHtml = () => {
  throw new Error('no HTML expected');
};

describe('front matter', () => {
  it.each([
    [
      'a title, outlet, url and date',
      '---\ntitle: Bridge closes\noutlet: Valley Times\nurl: https://v.example/b\ndate: 2026-03-02\n---\nText.',
      { title: 'Bridge closes', outlet: 'Valley Times', url: 'https://v.example/b', date: '2026-03-02' },
    ],
    [
      'quoted values and a language',
      '---\ntitle: "Puente cerrado"\nlanguage: es\n---\nTexto.',
      { title: 'Puente cerrado', language: 'es' },
    ],
    ['a date-time, kept as its day', '---\ndate: 2026-03-02T18:00:00Z\n---\nText.', { date: '2026-03-02' }],
    ['no front matter at all', 'Just text.', {}],
  ])('reads %s', (_name, text, meta) => {
    expect(readFrontMatter(text).meta).toEqual(meta);
  });

  it('leaves the text after the front matter', () => {
    expect(readFrontMatter('---\ntitle: A\n---\nBody here.').body).toBe('Body here.');
  });
});

describe('reports.json beside the files', () => {
  it('reads the bundled corpus’s shape', () => {
    const meta = readReportsJson(
      JSON.stringify({ reports: [{ id: 'a.txt', outlet: 'A', date: '2026-01-02' }] }),
    );
    expect(meta.get('a.txt')).toEqual({ outlet: 'A', date: '2026-01-02' });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['not a list of reports', '{"items": []}', /not a list of reports/],
  ])('refuses a file that is %s', (_name, text, message) => {
    expect(() => readReportsJson(text)).toThrow(message);
  });
});

describe('reading picked files', () => {
  it('takes metadata from reports.json over front matter, and skips other kinds of file', () => {
    const { reports, skipped } = readSourceFiles(
      [
        {
          name: 'folder/a.md',
          text: '---\noutlet: From front matter\ntitle: A\n---\n# Heading\nThe **council** voted.',
        },
        {
          name: 'folder/reports.json',
          text: JSON.stringify({ reports: [{ id: 'a.md', outlet: 'From list' }] }),
        },
        { name: 'folder/photo.jpg', text: '' },
      ],
      noHtml,
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]!.meta).toMatchObject({ outlet: 'From list', title: 'A' });
    expect(reports[0]!.text).toBe('Heading\nThe council voted.');
    expect(skipped).toEqual(['folder/photo.jpg']);
  });

  it('reads HTML through the given reader', () => {
    const { reports } = readSourceFiles([{ name: 'b.html', text: '<p>x</p>' }], () => ({
      title: 'B',
      text: 'The council voted.',
      meta: { outlet: 'Site' },
    }));
    expect(reports[0]).toMatchObject({
      id: 'b.html',
      text: 'The council voted.',
      meta: { outlet: 'Site', title: 'B' },
    });
  });
});
