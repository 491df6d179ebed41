import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendSource, createEngine } from '@/lib';
import { prepareSource, sourceId } from '@/lib/sources/user-source';
import { bundledCorpusJson } from '@/scripts/bundled-corpus';
import { readPage } from '@/scripts/read-page';

// A page added to the reader's sources while the corpus is loaded joins a collection the bundled
// story does not describe. A page about that source's story is compared with it, and is not called a
// page "about another story" (the panel would say so above versions it shows).

const SOURCES = 'tests/e2e/fixtures/sources';

describe('the story gate with a source the reader just added', () => {
  it('compares a page about the source’s story with it, and does not call the page off-story', () => {
    const engine = createEngine(bundledCorpusJson());
    const courier = readPage(join(SOURCES, 'courier-flood.html'));
    const id = sourceId(courier.url, courier.text);
    const text = [courier.title, courier.text].join('\n');
    const source = prepareSource(
      { id, text, meta: { outlet: 'Millbrook Courier', url: courier.url } },
      'mine',
    );
    appendSource(engine.corpus, source, 'My sources');

    const riverside = readPage(join(SOURCES, 'riverside-flood.html'));
    const { comparison } = engine.compare(riverside.text, { title: riverside.title, url: riverside.url });
    expect(comparison.matches.some((m) => m.report === id && m.relation !== 'possible')).toBe(true);
    expect(comparison.page.offStory).toBe(false);
  });
});
