import { describe, expect, it } from 'vitest';
import { chooseVersions, type VersionOrigin } from './choose-versions';
import { compareText } from './compare-text';
import { testCorpus } from '../../tests/fixtures/test-corpus';

interface Version extends VersionOrigin {
  report: string;
}
// A version: its report, claim cluster, outlet, and wording (by default one per claim); `related` is weak.
const v = (
  report: string,
  claim: number,
  outlet: string,
  wording = [`words-${claim}`],
  weak = false,
): Version => ({
  report,
  claim,
  wording,
  outlet,
  weak,
});
const reports = (chosen: Version[]) => chosen.map((m) => m.report);

describe('chooseVersions', () => {
  it.each([
    [
      'shows another outlet before a retelling of a claim already shown',
      [v('r1', 1, 'Wire'), v('r2', 1, 'Wire'), v('r3', 1, 'Daily'), v('r4', 2, 'Post')],
      3,
      3,
      ['r1', 'r3', 'r4'],
    ],
    [
      'shows another claim of an outlet already shown before a retelling',
      [v('r1', 1, 'Wire'), v('r2', 1, 'Daily'), v('r3', 2, 'Wire')],
      2,
      3,
      ['r1', 'r3'],
    ],
    [
      'fills the places left with retellings, best first',
      [v('r1', 1, 'Wire'), v('r2', 1, 'Wire'), v('r3', 1, 'Wire'), v('r4', 1, 'Wire')],
      3,
      3,
      ['r1', 'r2', 'r3'],
    ],
    [
      'keeps to the cap per report',
      [v('r1', 1, 'Wire'), v('r1', 2, 'Wire'), v('r1', 3, 'Wire'), v('r2', 4, 'Daily')],
      4,
      2,
      ['r1', 'r1', 'r2'],
    ],
    [
      'shows another wording before the same words with another figure',
      [
        v('r1', 1, 'Wire', ['cocain', 'seiz', 'ton']),
        v('r2', 2, 'Daily', ['cocain', 'seiz', 'ton']),
        v('r3', 3, 'Post', ['cocain', 'record', 'seizur']),
      ],
      2,
      3,
      ['r1', 'r3'],
    ],
    [
      'gives a related version of a new wording its place',
      [v('r1', 1, 'Wire', undefined, true), v('r2', 2, 'Wire'), v('r3', 2, 'Wire')],
      2,
      3,
      ['r1', 'r2'],
    ],
    [
      'among retellings, shows one that says something before a related one',
      [v('r1', 1, 'Wire'), v('r2', 1, 'Daily', undefined, true), v('r3', 1, 'Post')],
      2,
      3,
      ['r1', 'r3'],
    ],
    ['keeps all of a short list', [v('r1', 1, 'Wire'), v('r2', 1, 'Wire')], 12, 3, ['r1', 'r2']],
  ])('%s', (_name, matches, maxPerSentence, maxPerReport, expected) => {
    const chosen = chooseVersions(matches, maxPerSentence, maxPerReport, (m) => m);
    expect(reports(chosen)).toEqual(expected);
  });
});

describe('versions of a claim many outlets retell', () => {
  const retold = 'Colombia has seized 2,700 tons of cocaine to date, the defence ministry said.';
  const corpus = testCorpus([
    ...[1, 2, 3, 4].map((i) => ({
      id: `wire-${i}.txt`,
      meta: { outlet: 'Wire' },
      text: `Cocaine seizures in Colombia\n\n${retold}`,
    })),
    {
      id: 'own.txt',
      meta: { outlet: 'Daily' },
      text: 'Cocaine seizures in Colombia\n\nThe defence ministry said Colombia had seized 2,700 tons of cocaine so far.',
    },
  ]);

  it('shows the version worded its own way among the first ones, and every retelling when room allows', () => {
    const page = 'Colombia has seized 2,700 tons of cocaine to date, the ministry of defence said.';
    const shown = compareText(corpus, page, { maxPerSentence: 2 }).matches.map((m) => m.report);
    expect(shown).toContain('own.txt');
    // Three candidates from the index: the other retellings come as members of the claim that matched.
    const all = compareText(corpus, page, { candidates: 3 }).matches.map((m) => m.report);
    expect(all.sort()).toEqual(['own.txt', 'wire-1.txt', 'wire-2.txt', 'wire-3.txt', 'wire-4.txt']);
  });
});
