import { describe, expect, it } from 'vitest';
import { pairKey } from '@/lib/match/possible-versions';
import {
  engineDecisions,
  exportFile,
  readExportFile,
  readStore,
  withDecision,
  withoutDecision,
  type Decision,
} from './decision-list';

const confirmed: Decision = {
  pageSentence: 'Petro invited Trump to Colombia.',
  report: '001_a.txt',
  reportSentence: 'Petro asked Trump to visit.',
  decision: 'confirmed',
  date: '2026-11-27T05:00:00.000Z',
};
const rejected: Decision = {
  ...confirmed,
  reportSentence: 'Trump spoke of Venezuela.',
  decision: 'rejected',
  date: '2026-11-27T05:01:00.000Z',
};

describe('reading the stored decisions', () => {
  it.each([
    ['nothing stored yet', undefined],
    ['null', null],
    ['a string', 'confirmed'],
    ['an unknown version', { version: 2, decisions: [confirmed] }],
    ['a decision of an unknown kind', { version: 1, decisions: [{ ...confirmed, decision: 'maybe' }] }],
    ['a decision missing its report', { version: 1, decisions: [{ ...confirmed, report: undefined }] }],
    ['a list where an object was expected', [confirmed]],
  ])('gives no decisions for a corrupted value: %s', (_name, value) => {
    expect(readStore(value)).toEqual([]);
  });

  it('gives the decisions of a valid value', () => {
    expect(readStore({ version: 1, decisions: [confirmed, rejected] })).toEqual([confirmed, rejected]);
  });
});

describe('changing the decisions', () => {
  it('a new decision on a pair replaces the old one', () => {
    const changed = withDecision([confirmed], { ...confirmed, decision: 'rejected' });
    expect(changed).toHaveLength(1);
    expect(changed[0]!.decision).toBe('rejected');
  });

  it('undo removes the decision on that pair only', () => {
    expect(withoutDecision([confirmed, rejected], confirmed)).toEqual([rejected]);
  });

  it('gives the engine the pair keys of each kind', () => {
    expect(engineDecisions([confirmed, rejected])).toEqual({
      confirmed: [pairKey(confirmed.pageSentence, confirmed.report, confirmed.reportSentence)],
      rejected: [pairKey(rejected.pageSentence, rejected.report, rejected.reportSentence)],
    });
  });

  it('exports both lists with sentences, report, decision and date', () => {
    const file = JSON.parse(exportFile([confirmed, rejected], new Date('2026-11-27T06:00:00Z')));
    expect(file.confirmed).toEqual([confirmed]);
    expect(file.rejected).toEqual([rejected]);
    expect(file.exported).toBe('2026-11-27T06:00:00.000Z');
  });

  it('reads an exported file back, and nothing else', () => {
    const file = JSON.parse(exportFile([confirmed, rejected], new Date()));
    expect(readExportFile(file)).toEqual([confirmed, rejected]);
    expect(readExportFile({ ...file, format: 'other' })).toBeNull();
    expect(readExportFile({ version: 1, decisions: [confirmed] })).toBeNull();
  });
});
