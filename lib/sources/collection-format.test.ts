import { describe, expect, it } from 'vitest';
import { parseCollection } from './collection-format';

const source = {
  id: 'src-1',
  title: 'Bridge closes',
  outlet: 'Valley Times',
  url: 'https://valley.example/bridge',
  date: '2026-03-02',
  dateApproximate: false,
  language: 'en',
  sentences: ['The council closed the bridge.'],
};
const good = { format: 'crosscheck-collection', version: 1, name: 'Team', sources: [source] };
const text = JSON.stringify(good);

describe('reading a collection file', () => {
  it('accepts a well-formed collection', () => {
    const parsed = parseCollection(text);
    expect(parsed.ok && parsed.value.sources[0]!.outlet).toBe('Valley Times');
  });

  it.each([
    ['a file cut off in the middle', text.slice(0, text.length / 2), 'truncated', /truncated/],
    ['a file that is not JSON', 'hello', 'not-json', /not JSON/],
    ['another program’s JSON', '{"reports": []}', 'not-collection', /not a Crosscheck collection/],
    ['a file of a newer version', JSON.stringify({ ...good, version: 2 }), 'wrong-version', /version 2/],
    [
      'a source without sentences',
      JSON.stringify({ ...good, sources: [{ ...source, sentences: undefined }] }),
      'invalid',
      /sources\.0\.sentences/,
    ],
    [
      'a date that is no date',
      JSON.stringify({ ...good, sources: [{ ...source, date: 'yesterday' }] }),
      'invalid',
      /date/,
    ],
    ['the same source twice', JSON.stringify({ ...good, sources: [source, source] }), 'invalid', /twice/],
  ])('refuses %s with a clear message', (_name, input, reason, message) => {
    const parsed = parseCollection(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.reason).toBe(reason);
      expect(parsed.problem.message).toMatch(message);
    }
  });

  it('refuses an oversized file before reading it', () => {
    const parsed = parseCollection(text, 100);
    expect(parsed.ok ? null : parsed.problem.reason).toBe('too-large');
  });
});
