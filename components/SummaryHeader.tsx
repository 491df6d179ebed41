import type { Comparison } from '@/lib/match/types';
import { countClaims, summaryLine } from './claim-summary';

// Sums up the page. data-page-* are read by scripts/e2e-report.ts to rebuild `compare --json`'s "page".

interface Props {
  comparison: Comparison;
  selfName: string | null;
}

export function SummaryHeader({ comparison, selfName }: Props) {
  const counts = countClaims(comparison);
  const { page } = comparison;
  return (
    <header
      class="summary"
      data-page-title={page.title ?? ''}
      data-page-sentences={page.sentences}
      data-page-self={page.self ?? ''}
    >
      <h1 class="page-title">{page.title ?? 'Untitled page'}</h1>
      <p class="summary-line" role="status">
        {/* With no claim found, the empty state below says so; the header only counts what was read. */}
        {counts.claims > 0 ? summaryLine(counts) : `${page.sentences} sentences read`}
      </p>
      {counts.claims > 0 && (
        <ul class="summary-counts" aria-label="Claims by relation">
          <li class="relation-diverges">{counts.diverges} diverge</li>
          <li class="relation-corroborates">{counts.corroborates} corroborated</li>
          <li class="relation-related">{counts.related} related only</li>
        </ul>
      )}
      {selfName && (
        <p class="self-note">This page is itself one of the bundled reports ({selfName}); it is left out.</p>
      )}
    </header>
  );
}
