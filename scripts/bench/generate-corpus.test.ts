import { describe, expect, it } from 'vitest';
import { generateSyntheticCorpus, type SyntheticReport } from './generate-corpus';

const bundled: SyntheticReport[] = [
  { id: '000_a.txt', text: 'Petro invited Trump to Colombia.' },
  { id: '001_b.txt', text: 'Trump said Colombia makes cocaine.' },
];

describe('generateSyntheticCorpus', () => {
  it.each([2, 100, 1000])('makes exactly %i reports with the bundled ones first and verbatim', (reports) => {
    const corpus = generateSyntheticCorpus({ reports, bundled });
    expect(corpus).toHaveLength(reports);
    expect(corpus.slice(0, 2)).toEqual(bundled);
  });

  it('makes the same corpus from the same seed and a different one from another seed', () => {
    const first = generateSyntheticCorpus({ reports: 50, bundled, seed: 7 });
    const again = generateSyntheticCorpus({ reports: 50, bundled, seed: 7 });
    const other = generateSyntheticCorpus({ reports: 50, bundled, seed: 8 });
    expect(again).toEqual(first);
    expect(other.map((report) => report.text)).not.toEqual(first.map((report) => report.text));
  });

  it('gives every report a unique id, a headline and no unfilled template slot', () => {
    const corpus = generateSyntheticCorpus({ reports: 1000, bundled });
    expect(new Set(corpus.map((report) => report.id)).size).toBe(corpus.length);
    for (const report of corpus.slice(2)) {
      expect(report.text).not.toMatch(/[{}]/);
      expect(report.meta?.title).toBeTruthy();
      expect(report.text.startsWith(`${report.meta?.title}\n\n`)).toBe(true);
    }
  });

  it('retells the bundled story in a small share of reports and covers many other topics', () => {
    const corpus = generateSyntheticCorpus({ reports: 2000, bundled });
    const topics = new Set(corpus.slice(2).map((report) => report.id.replace(/^syn_\d+_|\.txt$/g, '')));
    const story = corpus.filter((report) => report.id.includes('colombia-story')).length;
    expect(topics.size).toBeGreaterThanOrEqual(19);
    expect(story).toBeGreaterThan(8);
    expect(story).toBeLessThan(40);
  });

  it.each([1, 1.5, -3])('refuses a size of %s that cannot hold the bundled reports', (reports) => {
    expect(() => generateSyntheticCorpus({ reports, bundled })).toThrow(/cannot hold/);
  });
});
