import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../corpus/prepare-corpus';
import { compareSentences } from '../match/compare-sentences';
import { REPORT_A } from '../../tests/fixtures/test-corpus';
import { splitSentences } from '../text/split-sentences';
import { appendSource, mergeCorpus } from './merge-corpus';
import { prepareSource, sourceId } from './user-source';

const BRIDGE_URL = 'https://valley.example/bridge';
const BRIDGE = [
  'Valley council shuts the Elm Street bridge',
  'The city council voted 7 to 2 on Monday to close the Elm Street bridge for eight months of repairs.',
  'Engineers found corrosion in 14 steel beams during an inspection last week.',
  'The repairs will cost 4.2 million dollars, the mayor said.',
].join('\n');
const PAGE = [
  'Councillors voted 7-2 on Monday to close the Elm Street bridge for repairs lasting eight months.',
  'An inspection last week found corrosion in 14 steel beams, engineers said.',
];

const bundled = prepareCorpus([REPORT_A]);
const bridge = prepareSource(
  { id: sourceId(BRIDGE_URL, BRIDGE), text: BRIDGE, meta: { outlet: 'Valley Times', url: BRIDGE_URL } },
  'col-1',
);

describe('one corpus of the bundled reports and the reader’s sources', () => {
  it('matches a page against a user source, named with its collection', () => {
    const corpus = mergeCorpus(bundled, 'Bundled reports', [{ source: bridge, collectionName: 'Team' }]);
    const comparison = compareSentences(corpus, PAGE);
    expect(comparison.matches.map((m) => m.report)).toContain(bridge.id);
    expect(corpus.reports.find((r) => r.id === bridge.id)?.collection).toBe('Team');
    expect(corpus.reports.find((r) => r.id === REPORT_A.id)?.collection).toBe('Bundled reports');
  });

  it('finds the same matches whether the source was merged or appended after', () => {
    const merged = mergeCorpus(bundled, 'Bundled reports', [{ source: bridge, collectionName: 'Team' }]);
    const appended = mergeCorpus(bundled, 'Bundled reports', []);
    appendSource(appended, bridge, 'Team');
    expect(compareSentences(appended, PAGE).matches).toEqual(compareSentences(merged, PAGE).matches);
  });

  it('names the page as the source itself when it is at the source’s address, and leaves it out', () => {
    const corpus = mergeCorpus(bundled, 'Bundled reports', [{ source: bridge, collectionName: 'Team' }]);
    const comparison = compareSentences(corpus, splitSentences(BRIDGE), {}, { url: `${BRIDGE_URL}/?ref=x` });
    expect(comparison.page.self).toBe(bridge.id);
    expect(comparison.matches.filter((m) => m.report === bridge.id)).toEqual([]);
  });

  it('gives the same id to the same article, by address or else by text', () => {
    expect(sourceId('https://www.valley.example/bridge/', '')).toBe(sourceId(BRIDGE_URL, 'other'));
    expect(sourceId(null, 'Some text.')).toBe(sourceId(null, 'some text'));
    expect(sourceId(null, 'Some text.')).not.toBe(sourceId(null, 'Other text.'));
  });
});
