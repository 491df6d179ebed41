import type { ReportMeta } from '@/lib/corpus/types';
import { formatDate } from './format-citation';

// The bundled corpus's list of reports: what Crosscheck compares pages with.

export function BundledReports({ reports }: { reports: ReportMeta[] | null }) {
  return (
    <section class="bundled-reports" id="reports" aria-labelledby="reports-title">
      <h2 id="reports-title">The bundled reports</h2>
      {reports === null ? (
        <p>Loading…</p>
      ) : reports.length === 0 ? (
        <p>The bundled corpus could not be read; reinstall the extension.</p>
      ) : (
        <ol>
          {reports.map((r) => (
            <li key={r.id} data-bundled-report={r.id}>
              {r.url ? (
                <a href={r.url} target="_blank" rel="noreferrer noopener">
                  {r.title ?? 'Untitled report'}
                </a>
              ) : (
                <span>{r.title ?? 'Untitled report'}</span>
              )}
              <span class="meta">
                {r.outlet ?? 'Unknown outlet'} · {formatDate(r.date, r.dateApproximate) ?? 'undated'} ·{' '}
                {r.language} · <code>{r.id}</code>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
