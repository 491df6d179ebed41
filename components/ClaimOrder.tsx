import { t } from '@/wording/i18n';

// The order of the claims: as on the page, or diverging claims first (then corroborated, then
// related), so a reader checking a story goes straight to where the reports disagree.

export type ClaimOrdering = 'page' | 'diverging-first';

interface Props {
  value: ClaimOrdering;
  onChange: (value: ClaimOrdering) => void;
}

export function ClaimOrder({ value, onChange }: Props) {
  return (
    <label class="claim-order">
      {t('orderLabel')}{' '}
      <select
        value={value}
        data-claim-order
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as ClaimOrdering)}
      >
        <option value="page">{t('orderPage')}</option>
        <option value="diverging-first">{t('orderDivergingFirst')}</option>
      </select>
    </label>
  );
}
