import { t } from '@/wording/i18n';

// All claims or diverging claims only: a radio group, so arrow keys move between the two.

export type ClaimFilter = 'all' | 'diverges';

interface Props {
  value: ClaimFilter;
  diverging: number;
  total: number;
  onChange: (value: ClaimFilter) => void;
}

export function FilterBar({ value, diverging, total, onChange }: Props) {
  const options: Array<[ClaimFilter, string]> = [
    ['all', t('filterAll', total)],
    ['diverges', t('filterDiverging', diverging)],
  ];
  return (
    <fieldset class="filter-bar">
      <legend class="visually-hidden">{t('filterLegend')}</legend>
      {options.map(([option, label]) => {
        // "Diverging only (0)" would show nothing: it cannot be chosen.
        const disabled = option === 'diverges' && diverging === 0;
        return (
          <label key={option} class={`${value === option ? 'selected' : ''}${disabled ? ' disabled' : ''}`}>
            <input
              type="radio"
              name="claim-filter"
              value={option}
              checked={value === option}
              disabled={disabled}
              onChange={() => onChange(option)}
            />
            {label}
          </label>
        );
      })}
    </fieldset>
  );
}
