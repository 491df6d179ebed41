import type { Comparison } from '@/lib';
import {
  corroboratedCount,
  countClaims,
  divergeCount,
  relatedOnlyCount,
  summaryLine,
} from '@/wording/claim-summary';
import { plural, t, uiLanguage } from '@/wording/i18n';

// Sums up the page. data-page-* are read by scripts/e2e-report.ts to rebuild `compare --json`'s "page".

interface Props {
  comparison: Comparison;
  selfName: string | null;
  /** The collection of the reader's own source the page is, when it is one (not a bundled report). */
  selfCollection?: string | null;
}

export function SummaryHeader({ comparison, selfName, selfCollection }: Props) {
  const counts = countClaims(comparison);
  const { page } = comparison;
  return (
    <header
      class="summary"
      data-page-title={page.title ?? ''}
      data-page-sentences={page.sentences}
      data-page-self={page.self ?? ''}
    >
      <h1 class="page-title">{page.title ?? t('untitledPage')}</h1>
      <p class="summary-line" role="status">
        {/* With no claim at all, the empty state below says so; the header only counts what was read.
            Related-only claims are not finds: the line says none was found and counts them apart. */}
        {counts.claims + counts.related > 0
          ? summaryLine(counts)
          : plural(page.sentences, 'sentencesReadOne', 'sentencesReadOther')}
      </p>
      {counts.claims + counts.related > 0 && (
        <ul class="summary-counts" aria-label={t('claimsByRelation')}>
          <li class="relation-diverges">{divergeCount(counts.diverges)}</li>
          <li class="relation-corroborates">{corroboratedCount(counts.corroborates)}</li>
          <li class="relation-related">{relatedOnlyCount(counts.related)}</li>
        </ul>
      )}
      {page.truncated && page.charsRead !== undefined && (
        // A very long article is read up to the engine's cap (MAX_ANALYSED_CHARS): say so, so that a
        // claim further down missing from the list is not taken as "not in the corpus".
        <p class="self-note" data-truncated={page.charsRead}>
          {t('truncatedNote', new Intl.NumberFormat(uiLanguage()).format(page.charsRead))}
        </p>
      )}
      {selfName && (
        <p class="self-note">
          {selfCollection ? t('selfSourceNote', selfName, selfCollection) : t('selfNote', selfName)}
        </p>
      )}
    </header>
  );
}
