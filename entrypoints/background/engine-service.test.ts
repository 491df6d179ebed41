import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_DECISIONS } from '@/lib';
import { bundledCorpusJson } from '@/scripts/bundled-corpus';
import { DEFAULT_SETTINGS } from '@/settings/site-rules';
import { engineService } from './engine-service';

// The protocol module names the extension's API for its other functions; none is called here.
vi.mock('#imports', () => ({ browser: {} }));

// The engine's handlers as its worker runs them: a page's HTML in, its comparison out; the report
// metadata the background keeps; a page added as a source reaching the loaded corpus at once.

const CORPUS_URL = 'chrome-extension://test/corpus/index.json';
const article = readFileSync('tests/e2e/fixtures/article.html', 'utf8');
const context = { settings: DEFAULT_SETTINGS, decisions: NO_DECISIONS };
const check = (html: unknown, selection: string | null = null) => ({
  ...context,
  tabId: 1,
  html,
  url: 'https://news.example/article',
  selection,
  maxBytes: 800_000,
});

function serveCorpus(status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(bundledCorpusJson()), { status })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the engine service', () => {
  it.each([
    ['an article page is compared, with matches', article, true],
    ['a page with no article has no comparison', '<html><body><nav>Home</nav></body></html>', false],
  ])('%s', async (_name, html, found) => {
    serveCorpus();
    const { page } = await engineService(CORPUS_URL).checkPage(check(html));
    expect(page !== null).toBe(found);
    if (page) expect(page.comparison.matches.length).toBeGreaterThan(0);
  });

  it('compares a kept selection again with the page', async () => {
    serveCorpus();
    const service = engineService(CORPUS_URL);
    const { page, selection } = await service.checkPage(check(article, keptSelection()));
    expect(selection?.text).toBe(keptSelection());
    expect(page?.sentences.length).toBeGreaterThan(selection?.sentences.length ?? 0);
  });

  it('sends back a page bounded as its stored result will be: unmatched sentences go first', async () => {
    serveCorpus();
    const service = engineService(CORPUS_URL);
    const whole = (await service.checkPage(check(article))).page!;
    const small = (await service.checkPage({ ...check(article), maxBytes: 6000 })).page!;
    expect(JSON.stringify(whole).length).toBeGreaterThan(6000);
    expect(small.comparison.matches.length).toBeGreaterThan(0);
    const kept = (page: typeof whole) => page.sentences.filter((s) => s !== '').length;
    expect(kept(small)).toBeLessThan(kept(whole));
    for (const match of small.comparison.matches)
      expect(small.sentences[match.pageIndex]).toBe(whole.sentences[match.pageIndex]);
  });

  it('answers HTML that is not text with a sentence', async () => {
    serveCorpus();
    await expect(engineService(CORPUS_URL).checkPage(check(42))).rejects.toThrow('sent no HTML');
  });

  it.each([
    ['in English without words from the background', null, 'The bundled corpus is missing'],
    ['in the words the background started it with', 'Falta el corpus.', 'Falta el corpus.'],
  ])('says the corpus file is missing %s', async (_name, given, message) => {
    serveCorpus(404);
    const service = engineService(CORPUS_URL);
    if (given) {
      const words = {
        collectionBundled: 'x',
        collectionMine: 'y',
        addSourceNoArticle: 'z',
        storageFull: 'w',
      };
      await service.start({ words: { ...words, corpusMissing: given } });
    }
    await expect(service.reports({})).rejects.toThrow(message);
  });

  it('lists the reports with titles, the bundled ones apart, and finds one by id', async () => {
    serveCorpus();
    const service = engineService(CORPUS_URL);
    const { reports, bundled } = await service.reports({});
    expect(reports.length).toBeGreaterThan(0);
    expect(bundled.map((r) => r.id)).toEqual(reports.map((r) => r.id));
    expect(reports.every((r) => r.title)).toBe(true);
    expect((await service.report({ id: reports[0]!.id }))?.sentences.length).toBeGreaterThan(0);
    expect(await service.report({ id: 'no-such-report' })).toBeNull();
  });

  it('appends a page added as a source to the loaded corpus', async () => {
    serveCorpus();
    const service = engineService(CORPUS_URL);
    const before = (await service.reports({})).reports.length;
    const added = await service.addPage({ html: article, url: 'https://news.example/article' });
    const after = (await service.reports({})).reports;
    expect(after.length).toBe(before + 1);
    expect(after.some((r) => r.id === added.id)).toBe(true);
    expect((await service.status({})).preparedSinceStart).toBeGreaterThan(0);
  });
});

/** A sentence of the fixture's article: a selection the reader kept. */
function keptSelection(): string {
  return 'Petro wrote on social media that Colombia had destroyed 18,400 cocaine laboratories without missiles.';
}
