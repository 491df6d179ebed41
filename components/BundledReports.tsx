import type { ReportMeta } from '@/lib/corpus/types';
import { formatDate, outletName } from './format-citation';

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
                  {r.title ?? r.id}
                </a>
              ) : (
                <span>{r.title ?? r.id}</span>
              )}
              <span class="meta">
                {outletName(r, r.id)} · {formatDate(r.date, r.dateApproximate) ?? 'undated'} · {r.language} ·{' '}
                <code>{r.id}</code>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
