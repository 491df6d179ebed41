import type { Difference } from '@/lib';
import { aspectLabel } from '@/wording/aspect-label';
import { t } from '@/wording/i18n';
import { rankDifferences } from '@/wording/rank-differences';

// The differing figures or words side by side: this page's phrasing, then the other report's.
// data-difference / data-aspect / data-rank (the engine's order) / [data-difference-page] / [data-difference-report] are read by
// scripts/e2e-report.ts to rebuild `compare --json` from the panel.

// The aspects' labels live in the wording layer, shared with the exports.
export { ASPECT_KEYS, ENGINE_ASPECTS, aspectLabel } from '@/wording/aspect-label';

export function DifferenceList({ differences, outlet }: { differences: Difference[]; outlet: string }) {
  if (differences.length === 0) return null;
  return (
    <table class="differences" aria-label={t('differencesLabel')}>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">{t('aspectHeader')}</span>
          </th>
          <th scope="col">{t('thisPage')}</th>
          <th scope="col">{outlet}</th>
        </tr>
      </thead>
      <tbody>
        {/* Strongest first; data-rank keeps the engine's order for tools reading the DOM. */}
        {rankDifferences(differences).map((d) => (
          <tr
            key={differences.indexOf(d)}
            data-difference
            data-aspect={d.aspect}
            data-rank={differences.indexOf(d)}
          >
            <th scope="row">{aspectLabel(d.aspect)}</th>
            {/* The cell labels show only when the table is stacked (narrow panel, high zoom). */}
            <td>
              <span class="cell-label">{t('thisPage')}: </span>
              <mark data-difference-page>{d.page}</mark>
            </td>
            <td>
              <span class="cell-label">{outlet}: </span>
              <mark data-difference-report>{d.report}</mark>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
