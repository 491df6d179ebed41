import type { PreparedReport } from '@/lib/corpus/types';
import type { Match } from '@/lib/match/types';
import { formatDate, outletName } from './format-citation';
import { RelationBadge } from './RelationBadge';

// What one report says about the page's claims, then its full text with the matched sentences marked.

interface Props {
  report: PreparedReport;
  matches: Match[];
  onBack: () => void;
  onShowOnPage?: (pageIndex: number) => void;
}

export function ReportView({ report, matches, onBack, onShowOnPage }: Props) {
  const mine = matches.filter((m) => m.report === report.id);
  const byReportIndex = new Map(mine.map((m) => [m.reportIndex, m]));
  const date = formatDate(report.date, report.dateApproximate);
  return (
    <section class="report-view" data-report-view={report.id} aria-labelledby="report-title">
      <button type="button" class="back" onClick={onBack}>
        ← All claims
      </button>
      <h1 id="report-title">{report.title ?? 'Untitled report'}</h1>
      <p class="source-line">
        <span class="outlet">{outletName(report, report.id)}</span>
        <span class="date">{date ?? 'undated'}</span>
        {report.url && (
          <a href={report.url} target="_blank" rel="noreferrer noopener">
            Open report
          </a>
        )}
      </p>
      <h2>On this page’s claims</h2>
      {mine.length === 0 ? (
        <p>This report states none of the page’s claims.</p>
      ) : (
        <ul class="report-claims">
          {mine.map((m) => (
            <li key={`${m.pageIndex}:${m.reportIndex}`}>
              <RelationBadge relation={m.relation} />
              {onShowOnPage ? (
                <button type="button" class="link-button" onClick={() => onShowOnPage(m.pageIndex)}>
                  {m.pageSentence}
                </button>
              ) : (
                <span>{m.pageSentence}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>Full text</h2>
      <div class="report-text">
        {report.sentences.map((s, i) => {
          const m = byReportIndex.get(i);
          return m ? (
            <mark key={i} class={`report-match relation-${m.relation}`} title={`Matches: ${m.pageSentence}`}>
              {s}{' '}
            </mark>
          ) : (
            <span key={i}>{s} </span>
          );
        })}
      </div>
    </section>
  );
}
