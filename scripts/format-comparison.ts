import type { PreparedReport } from '../lib';
import type { Comparison, Match, Relation } from '../lib';

const COLOURS: Record<Relation | 'dim' | 'bold', [number, number]> = {
  diverges: [31, 39],
  corroborates: [32, 39],
  related: [90, 39],
  possible: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/** The comparison as a readable report grouped by page sentence, coloured on a terminal. */
export function formatComparison(
  comparison: Comparison,
  reports: readonly PreparedReport[],
  colour: boolean,
): string {
  const paint = (style: keyof typeof COLOURS, text: string) =>
    colour ? `\u001b[${COLOURS[style][0]}m${text}\u001b[${COLOURS[style][1]}m` : text;
  const { page } = comparison;
  // Possible versions are offered, not claimed: they are listed, never counted.
  const matches = comparison.matches.filter((m) => m.relation !== 'possible');
  const lines: string[] = [];
  lines.push(paint('bold', page.title ?? '(untitled page)'));
  const claims = new Set(matches.map((m) => m.pageIndex)).size;
  const diverging = new Set(matches.filter((m) => m.relation === 'diverges').map((m) => m.pageIndex)).size;
  lines.push(
    `${page.sentences} sentences; ${claims} found in other reports, ${diverging} with diverging versions.` +
      (page.self ? ` This page is the corpus report ${page.self}; it is left out.` : ''),
  );
  if (matches.length === 0 && page.offStory)
    lines.push(
      '',
      `This page does not seem to be about the stories in the corpus (story score ${page.storyScore ?? 0}); ` +
        'its sentences were not compared.',
    );
  else if (matches.length === 0)
    lines.push('', 'No claim of this page is in the corpus. (That does not make it false.)');
  const byPage = new Map<number, Match[]>();
  for (const m of comparison.matches) byPage.set(m.pageIndex, [...(byPage.get(m.pageIndex) ?? []), m]);
  for (const group of byPage.values()) {
    lines.push('', paint('bold', `“${group[0]!.pageSentence}”`));
    for (const m of group) {
      const report = reports.find((r) => r.id === m.report);
      const source = [report?.outlet ?? m.report, report?.date].filter(Boolean).join(', ');
      lines.push(
        `  ${paint(m.relation, m.relation.toUpperCase().padEnd(12))} ${source}  ${paint('dim', `score ${m.score.toFixed(2)}`)}`,
      );
      lines.push(`    “${m.reportSentence}”`);
      for (const d of m.differences)
        lines.push(`    ${paint('diverges', `≠ ${d.aspect}`)}: page “${d.page}” · report “${d.report}”`);
      const shared = [...m.shared.figures, ...m.shared.words, ...m.shared.names];
      if (shared.length) lines.push(paint('dim', `    shares: ${shared.join(', ')}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
