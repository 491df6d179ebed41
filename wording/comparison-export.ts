import type { Comparison, Relation, ReportMeta } from '@/lib';
import { aspectLabel } from './aspect-label';
import type { Claim } from './claim-summary';
import { formatDate, outletName } from './format-citation';
import { t, type MessageKey } from './i18n';

// The page's comparison taken out of the panel: JSON in the shape of `npm run compare -- --json`
// (scripts/compare.ts uses the same function), CSV for a spreadsheet, and one claim's versions as
// Markdown for notes.

/** The comparison as `compare --json` prints it. */
export function comparisonShape(comparison: Comparison): object {
  return {
    page: {
      title: comparison.page.title,
      sentences: comparison.page.sentences,
      self: comparison.page.self,
      // Only when the text was cut: the shape is otherwise unchanged.
      ...(comparison.page.truncated ? { truncated: true, charsRead: comparison.page.charsRead } : {}),
    },
    matches: comparison.matches.map((m) => ({
      pageSentence: m.pageSentence,
      report: m.report,
      reportSentence: m.reportSentence,
      relation: m.relation,
      score: m.score,
      // The command's shape, unchanged: aspect and both phrasings (a rate's per-day reading is the panel's).
      differences: m.differences.map(({ aspect, page, report }) => ({ aspect, page, report })),
    })),
  };
}

export function comparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparisonShape(comparison), null, 2)}\n`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A field a
 * spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe: a page's text is untrusted.
 */
function field(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = [
  'page_sentence',
  'relation',
  'outlet',
  'date',
  'title',
  'url',
  'report_sentence',
  'score',
  'differences',
];

/** One row per version, in page order. */
export function comparisonCsv(comparison: Comparison, reports: ReadonlyMap<string, ReportMeta>): string {
  const rows = comparison.matches.map((m) => {
    const r = reports.get(m.report);
    const differences = m.differences.map((d) => `${d.aspect}: ${d.page} ≠ ${d.report}`).join('; ');
    return [
      m.pageSentence,
      m.relation,
      outletName(r),
      r?.date ?? null,
      r?.title ?? null,
      r?.url ?? null,
      m.reportSentence,
      m.score,
      differences,
    ];
  });
  return [COLUMNS, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

const RELATION: Record<Relation, MessageKey> = {
  diverges: 'relationDiverges',
  corroborates: 'relationCorroborates',
  related: 'relationRelated',
  possible: 'relationPossible',
};
/** All versions of one claim as Markdown: the page's sentence quoted, then each version and its differences. */
export function claimMarkdown(claim: Claim, reports: ReadonlyMap<string, ReportMeta>): string {
  const lines = [`> ${claim.pageSentence}`, ''];
  for (const v of claim.versions) {
    const r = reports.get(v.report);
    const name = outletName(r);
    const source = r?.url ? `[${name}](${r.url})` : name;
    const date = formatDate(r?.date ?? null, r?.dateApproximate) ?? t('undated');
    lines.push(`- **${t(RELATION[v.relation])}** — ${source}, ${date}: “${v.reportSentence}”`);
    for (const d of v.differences) {
      lines.push(
        `  - ${aspectLabel(d.aspect)}: ${t('thisPage').toLowerCase()} “${d.page}”, ${name} “${d.report}”`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
