import type { Match, PreparedReport } from '@/lib';
import { isClaimed } from '@/wording/claim-summary';
import { formatDate, outletName } from '@/wording/format-citation';
import { RelationBadge } from './RelationBadge';
import { t } from '@/wording/i18n';

// What one report says about the page's claims, then its full text with the matched sentences marked.

const RANK = { diverges: 0, corroborates: 1, related: 2, possible: 3 } as const;

/**
 * The report's sentences as blocks for reading: a line without closing punctuation (a subheading in
 * the source) stands alone, and the sentences between subheadings make one paragraph.
 */
export function reportBlocks(
  sentences: string[],
): Array<{ heading: boolean; sentences: Array<{ text: string; index: number }> }> {
  const blocks: Array<{ heading: boolean; sentences: Array<{ text: string; index: number }> }> = [];
  sentences.forEach((text, index) => {
    const heading = text.length < 140 && !/[.!?…:;]["”’»)\]]*$/.test(text.trim());
    const last = blocks.at(-1);
    if (heading || !last || last.heading) blocks.push({ heading, sentences: [{ text, index }] });
    else last.sentences.push({ text, index });
  });
  return blocks;
}

/** The report's versions grouped by page claim, strongest first, each claim once, in page order. */
function byPageIndex(matches: readonly Match[]): Match[][] {
  const groups = new Map<number, Match[]>();
  for (const m of matches) groups.set(m.pageIndex, [...(groups.get(m.pageIndex) ?? []), m]);
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) =>
      list.sort((a, b) => RANK[a.relation] - RANK[b.relation] || a.reportIndex - b.reportIndex),
    );
}

interface Props {
  report: PreparedReport;
  matches: Match[];
  onBack: () => void;
  onShowOnPage?: (pageIndex: number) => void;
}

export function ReportView({ report, matches, onBack, onShowOnPage }: Props) {
  // Only the versions the engine states are marked; possible ones are offered in the claim cards.
  const mine = matches.filter((m) => m.report === report.id && isClaimed(m));
  // The strongest version for each report sentence (several page sentences may match one).
  const byReportIndex = new Map<number, Match>();
  for (const m of mine) {
    const known = byReportIndex.get(m.reportIndex);
    if (!known || RANK[m.relation] < RANK[known.relation]) byReportIndex.set(m.reportIndex, m);
  }
  const renderSentence = ({ text, index }: { text: string; index: number }) => {
    const m = byReportIndex.get(index);
    return (
      <span key={index}>
        {m ? (
          <mark class={`report-match relation-${m.relation}`} title={t('reportMatches', m.pageSentence)}>
            {text}
          </mark>
        ) : (
          text
        )}{' '}
      </span>
    );
  };
  const date = formatDate(report.date, report.dateApproximate);
  return (
    <section class="report-view" data-report-view={report.id} aria-labelledby="report-title">
      <button type="button" class="back" onClick={onBack}>
        {t('backToClaims')}
      </button>
      <h1 id="report-title">{report.title ?? t('untitledReport')}</h1>
      <p class="source-line">
        <span class="outlet">{outletName(report, report.id)}</span>
        <span class="date">{date ?? t('undated')}</span>
        {report.url && (
          <a href={report.url} target="_blank" rel="noreferrer noopener">
            {t('openReport')}
          </a>
        )}
      </p>
      <h2>{t('reportOnClaims')}</h2>
      {mine.length === 0 ? (
        <p>{t('reportStatesNone')}</p>
      ) : (
        <ul class="report-claims">
          {byPageIndex(mine).map((versions) => {
            const m = versions[0]!;
            return (
              <li key={m.pageIndex}>
                <RelationBadge relation={m.relation} />
                {onShowOnPage ? (
                  <button
                    type="button"
                    class="link-button report-claim-page"
                    onClick={() => onShowOnPage(m.pageIndex)}
                  >
                    {m.pageSentence}
                  </button>
                ) : (
                  <span class="report-claim-page">{m.pageSentence}</span>
                )}
                {versions.map((v) => (
                  <blockquote key={v.reportIndex} class="report-claim-sentence">
                    {v.reportSentence}
                  </blockquote>
                ))}
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t('reportFullText')}</h2>
      <div class="report-text">
        {reportBlocks(report.sentences).map((block, b) =>
          block.heading ? (
            <p key={b} class="report-heading">
              {block.sentences.map(renderSentence)}
            </p>
          ) : (
            <p key={b}>{block.sentences.map(renderSentence)}</p>
          ),
        )}
      </div>
    </section>
  );
}
