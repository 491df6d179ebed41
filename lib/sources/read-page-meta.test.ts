import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from './read-page-meta';

const doc = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

const URL_READ = 'https://www.valley.example/news/bridge?utm=x';

describe('reading a page’s metadata', () => {
  it.each([
    [
      'the outlet from og:site_name',
      '<meta property="og:site_name" content="Valley Times">',
      '',
      { outlet: 'Valley Times' },
    ],
    ['the outlet from the host when the page names none', '', '', { outlet: 'valley.example' }],
    [
      'the date from article:published_time',
      '<meta property="article:published_time" content="2026-03-02T08:00:00-05:00">',
      '',
      { date: '2026-03-02' },
    ],
    [
      'the date and publisher from JSON-LD',
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Bridge","datePublished":"2026-03-04","publisher":{"name":"Ledger"}}]}</script>',
      '',
      { date: '2026-03-04', outlet: 'Ledger', title: 'Bridge' },
    ],
    [
      'the date from a time element',
      '',
      '<time datetime="2026-03-05">5 March</time>',
      { date: '2026-03-05' },
    ],
    [
      'the canonical address',
      '<link rel="canonical" href="/news/bridge-closes">',
      '',
      { url: 'https://www.valley.example/news/bridge-closes' },
    ],
    [
      'the title from og:title before the h1',
      '<meta property="og:title" content="Bridge closes">',
      '<h1>Other</h1>',
      { title: 'Bridge closes' },
    ],
    [
      'the title from the h1',
      '<title>Site | Bridge</title>',
      '<h1>Bridge closes for repairs</h1>',
      { title: 'Bridge closes for repairs' },
    ],
  ])('reads %s', (_name, head, body, expected) => {
    expect(readPageMeta(doc(head, body), URL_READ)).toMatchObject(expected);
  });

  it('ignores broken JSON-LD and a date that is no date', () => {
    const meta = readPageMeta(
      doc(
        '<script type="application/ld+json">{oops</script><meta property="article:published_time" content="soon">',
      ),
      URL_READ,
    );
    expect(meta).toMatchObject({ date: null, url: URL_READ });
  });
});
