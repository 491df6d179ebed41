import { describe, expect, it } from 'vitest';
import { reportBlocks } from './ReportView';

describe('reportBlocks', () => {
  it('keeps subheadings apart and joins the sentences between them into paragraphs', () => {
    const blocks = reportBlocks([
      'Petro invites Trump',
      'First sentence.',
      'Second sentence.',
      'Petro Pushes Back: “Trump Is Misinformed”',
      'Third sentence.',
    ]);
    expect(blocks.map((b) => [b.heading, b.sentences.map((s) => s.index)])).toEqual([
      [true, [0]],
      [false, [1, 2]],
      [true, [3]],
      [false, [4]],
    ]);
  });
});
