import type { Aspect, Difference } from '@/lib';
import { t, type MessageKey } from '@/wording/i18n';

// The differing figures or words side by side: this page's phrasing, then the other report's.
// data-difference / data-aspect / [data-difference-page] / [data-difference-report] are read by
// scripts/e2e-report.ts to rebuild `compare --json` from the panel.

// One label per aspect the engine names: a new aspect fails to compile here until it has one.
export const ASPECT_KEYS: Record<Aspect, MessageKey> = {
  figure: 'aspectFigure',
  scope: 'aspectScope',
  date: 'aspectDate',
  direction: 'aspectDirection',
  title: 'aspectTitle',
  attribution: 'aspectAttribution',
  negation: 'aspectNegation',
};

export function aspectLabel(aspect: string): string {
  const key = (ASPECT_KEYS as Record<string, MessageKey | undefined>)[aspect];
  return key ? t(key) : aspect.charAt(0).toUpperCase() + aspect.slice(1);
}

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
        {differences.map((d, i) => (
          <tr key={i} data-difference data-aspect={d.aspect}>
            <th scope="row">{aspectLabel(d.aspect)}</th>
            <td>
              <mark data-difference-page>{d.page}</mark>
            </td>
            <td>
              <mark data-difference-report>{d.report}</mark>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
