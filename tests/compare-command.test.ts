import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/pages/petro-lab-invitation.html';

function compare(...args: string[]) {
  const run = spawnSync('node', ['scripts/run-compare.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 << 20,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run compare -- --json', () => {
  const { code, stdout } = compare('--json', FIXTURE);
  const result = JSON.parse(stdout) as {
    page: { title: string | null; sentences: number; self: string | null };
    matches: Array<Record<string, unknown>>;
  };

  it('prints one JSON object in the documented shape', () => {
    expect(code).toBe(0);
    expect(result.page).toEqual({
      title: 'Petro tells Trump to come and watch Colombia destroy cocaine labs',
      sentences: 8,
      self: null,
    });
    for (const m of result.matches) {
      expect(Object.keys(m).sort()).toEqual([
        'differences',
        'pageSentence',
        'relation',
        'report',
        'reportSentence',
        'score',
      ]);
      expect(['corroborates', 'diverges', 'related', 'possible']).toContain(m.relation);
      expect(m.report).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    }
  });

  it('reads the article, not the site furniture around it', () => {
    const sentences = result.matches.map((m) => String(m.pageSentence)).join(' ');
    expect(sentences).not.toMatch(
      /cookie|Subscribe|Advertisement|Share on|Comments|respectful|All rights reserved|recipes/i,
    );
  });

  it('finds the figures other reports print, agreeing or not', () => {
    const find = (page: string, report: string) =>
      result.matches.find(
        (m) => String(m.pageSentence).includes(page) && String(m.reportSentence).includes(report),
      );
    expect(find('18,400 cocaine laboratories', '18,400 cocaine laboratories')?.relation).toBe('corroborates');
    expect(find('largest single cocaine seizure', '2,700 tons of cocaine to date')).toMatchObject({
      relation: 'diverges',
      differences: [
        { aspect: 'scope', page: 'single … 2,700 tons of the drug', report: '2,700 tons of cocaine to date' },
      ],
    });
  });
});

describe('npm run compare (readable report)', () => {
  it('groups versions under each page sentence', () => {
    const { code, stdout } = compare(FIXTURE);
    expect(code).toBe(0);
    expect(stdout).toContain('Petro tells Trump to come and watch Colombia destroy cocaine labs');
    expect(stdout).toMatch(/DIVERGES .*ulbhry\.org/);
    expect(stdout).toContain('≠ scope');
    expect(stdout).not.toContain('\u001b['); // no colours when NO_COLOR is set
  });
});

describe('npm run compare -- --corpus DIR', () => {
  it('compares against a folder of reports instead of the bundled corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-'));
    copyFileSync('corpus/reports/002_d92dc4bad5625526.txt', join(dir, 'news-az.txt'));
    writeFileSync(
      join(dir, 'other.txt'),
      'Markets rallied on Tuesday as oil prices fell sharply in Asian trading.\n',
    );
    const { code, stdout } = compare('--json', '--corpus', dir, FIXTURE);
    expect(code).toBe(0);
    const reports = new Set(
      (JSON.parse(stdout) as { matches: Array<{ report: string }> }).matches.map((m) => m.report),
    );
    expect([...reports]).toEqual(['news-az.txt']);
  });

  it('names the page itself when it is one of the reports', () => {
    const { stdout } = compare('--json', 'corpus/reports/001_dbd028569688f37c.txt');
    const result = JSON.parse(stdout) as { page: { self: string }; matches: Array<{ report: string }> };
    expect(result.page.self).toBe('001_dbd028569688f37c.txt');
    expect(result.matches.every((m) => m.report !== result.page.self)).toBe(true);
  });
});

describe('npm run compare -- --decisions FILE', () => {
  type Listed = { pageSentence: string; report: string; reportSentence: string; relation: string };
  const before = JSON.parse(compare('--json', FIXTURE).stdout).matches as Listed[];
  const possible = before.filter((m) => m.relation === 'possible');
  const stated = before.filter((m) => m.relation !== 'possible');
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-decisions-'));
  const entry = (m: Listed, decision: string) => ({
    pageSentence: m.pageSentence,
    report: m.report,
    reportSentence: m.reportSentence,
    decision,
    date: '2026-11-27T05:00:00.000Z',
  });
  const file = join(dir, 'crosscheck-decisions.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'crosscheck-decisions',
      version: 1,
      exported: '2026-11-27T05:00:00.000Z',
      confirmed: [entry(possible[0]!, 'confirmed')],
      rejected: [entry(possible[1]!, 'rejected'), entry(stated[0]!, 'rejected')],
    }),
  );
  const after = JSON.parse(compare('--json', '--decisions', file, FIXTURE).stdout).matches as Listed[];
  const find = (m: Listed) =>
    after.find(
      (a) =>
        a.pageSentence === m.pageSentence && a.report === m.report && a.reportSentence === m.reportSentence,
    );

  it('turns a confirmed pair into a labelled version and drops rejected ones, as the panel does', () => {
    expect(possible.length).toBeGreaterThan(1);
    expect(find(possible[0]!)?.relation).toMatch(/^(corroborates|diverges|related)$/);
    expect(find(possible[1]!)).toBeUndefined();
    expect(find(stated[0]!)).toBeUndefined();
  });
});

describe('npm run compare with bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'binary.html'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  const paragraph = 'Petro said security forces had dismantled 18,400 laboratories, one every 40 minutes.\n';
  writeFileSync(join(dir, 'huge.txt'), paragraph.repeat(Math.ceil((2.1 * 1024 * 1024) / paragraph.length)));
  writeFileSync(join(dir, 'nul-late.txt'), paragraph.repeat(100) + '\u0000' + paragraph);
  const corpusWith = (name: string, files: Record<string, string>) => {
    const folder = join(dir, name);
    mkdirSync(folder);
    for (const [file, text] of Object.entries(files))
      if (file.endsWith('/')) mkdirSync(join(folder, file));
      else writeFileSync(join(folder, file), text);
    return folder;
  };
  const report = readFileSync('corpus/reports/002_d92dc4bad5625526.txt', 'utf8');
  const badJson = corpusWith('bad-json', { 'a.txt': report, 'reports.json': '{"reports": [' });
  const badShape = corpusWith('bad-shape', { 'a.txt': report, 'reports.json': '{"reports": [{"id": 3}]}' });
  const withFolder = corpusWith('with-folder', { 'a.txt': report, 'x.txt/': '' });
  const hugeReport = corpusWith('huge-report', { 'a.txt': paragraph.repeat(13000) });
  writeFileSync(
    join(dir, 'menu.html'),
    '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>',
  );
  writeFileSync(join(dir, 'other.json'), '{"version": 1, "decisions": []}');
  it.each([
    ['a missing file', [join(dir, 'nope.html')], /no such file/],
    ['an empty file', [join(dir, 'empty.txt')], /is empty/],
    ['a binary file', [join(dir, 'binary.html')], /binary file/],
    ['a page with no article', [join(dir, 'menu.html')], /no article text/],
    ['a folder', [dir], /is a folder/],
    ['no page', [], /Usage/],
    ['an unknown option', ['--jsno', FIXTURE], /Unknown option --jsno/],
    ['a missing corpus folder', ['--corpus', join(dir, 'none'), FIXTURE], /No corpus folder/],
    ['a text page over 2 MB', [join(dir, 'huge.txt')], /is 2.1 MB, larger than the 2 MB Crosscheck reads/],
    ['a NUL byte after the first 4 kB', [join(dir, 'nul-late.txt')], /binary file/],
    ['a short unknown option', ['-x', FIXTURE], /Unknown option -x/],
    ['--corpus with a file', ['--corpus', FIXTURE, FIXTURE], /is a file; --corpus takes a folder/],
    ['--corpus with no folder before an option', ['--corpus', '--json', FIXTURE], /--corpus needs a folder/],
    ['a reports.json that is not JSON', ['--corpus', badJson, FIXTURE], /reports\.json is not valid JSON/],
    [
      'a reports.json of the wrong shape',
      ['--corpus', badShape, FIXTURE],
      /is not a list of reports at reports\.0\.id/,
    ],
    ['a folder named like a report', ['--corpus', withFolder, FIXTURE], /x\.txt is not a report file/],
    [
      'a report over 1 MB',
      ['--corpus', hugeReport, FIXTURE],
      /larger than the 1 MB Crosscheck reads as a report/,
    ],
    ['a missing decisions file', ['--decisions', join(dir, 'none.json'), FIXTURE], /Cannot read/],
    ['a decisions file that is not JSON', ['--decisions', join(dir, 'empty.txt'), FIXTURE], /is not JSON/],
    [
      'a JSON file of another kind',
      ['--decisions', join(dir, 'other.json'), FIXTURE],
      /not a Crosscheck decisions/,
    ],
  ])('%s gets one line and exit code 2', (_name, args, message) => {
    const { code, stdout, stderr } = compare(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run compare on a long page', () => {
  it('compares the first 200,000 characters and says the rest was not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-long-'));
    const paragraph =
      'Petro said security forces had dismantled 18,400 laboratories, one every 40 minutes.\n';
    // Lines that differ: a line repeated word for word is read as furniture and dropped.
    const lines = Array.from({ length: 3000 }, (_, i) => `On day ${i + 1}, ${paragraph}`);
    writeFileSync(join(dir, 'long.txt'), `Petro and the laboratories\n${lines.join('')}`);
    const { code, stdout } = compare('--json', join(dir, 'long.txt'));
    expect(code).toBe(0);
    const page = (JSON.parse(stdout) as { page: { truncated?: boolean; charsRead?: number } }).page;
    expect(page.truncated).toBe(true);
    expect(page.charsRead).toBeLessThanOrEqual(200_000);
  }, 60_000);
});
