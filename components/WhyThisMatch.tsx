import type { SharedEvidence } from '@/lib';
import { t, tParts, uiLanguage } from '@/wording/i18n';

// What the two sentences share and the score, so a fact-checker can judge the link, not just trust it.

function Chips({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div class="why-row">
      <span class="why-label">{label}</span>
      <ul class="chips" aria-label={label}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** "0.54", or "0,54" where the interface language writes a decimal comma. */
function formatScore(score: number): string {
  try {
    return new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      score,
    );
  } catch {
    return score.toFixed(2);
  }
}

export function WhyThisMatch({ shared, score }: { shared: SharedEvidence; score: number }) {
  // A figure that agrees without being equal ("over 1,496" / "over 1,446") is not shared: it is listed apart.
  const compatible = (shared.compatible ?? []).map((c) => `${c.page} ≈ ${c.report}`);
  const nothing = shared.words.length + shared.names.length + shared.figures.length + compatible.length === 0;
  return (
    <details class="why">
      <summary>{t('whyThisMatch')}</summary>
      <div class="why-body">
        <p class="why-score">
          {tParts('similarityScore', <strong data-score={score}>{formatScore(score)}</strong>)}
        </p>
        <Chips label={t('sharedFigures')} items={shared.figures} />
        <Chips label={t('compatibleFigures')} items={compatible} />
        <Chips label={t('sharedNames')} items={shared.names} />
        <Chips label={t('sharedWords')} items={shared.words} />
        {nothing && <p>{t('sharedNothing')}</p>}
      </div>
    </details>
  );
}
