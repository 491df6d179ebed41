import type { Difference } from '@/lib';
import { t, uiLanguage } from './i18n';

// One plain sentence per divergence, for a reader who does not read tables: "ulbhry.org counts 12
// bombings where this page counts 13 bombing raids". Rates are also given per day, so "one every
// 40 minutes" and "one every hour" can be compared at a glance.

/** "≈ 36 a day": whole numbers from 10 up, one decimal below. */
function perDay(value: number): string {
  const digits = value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: digits }).format(value);
  return t('ratePerDay', number);
}

const NEGATED = /^\(/; // "(affirmed)": the side that does not negate

export function divergenceLine(d: Difference, outlet: string): string {
  switch (d.aspect) {
    case 'figure': {
      const [page, report] = d.perDay
        ? [`${d.page} (${perDay(d.perDay.page)})`, `${d.report} (${perDay(d.perDay.report)})`]
        : [d.page, d.report];
      return t('lineFigure', outlet, report, page);
    }
    case 'date':
      return t('lineDate', outlet, d.report, d.page);
    case 'attribution':
      return t('lineAttribution', outlet, d.report, d.page);
    case 'negation':
      return NEGATED.test(d.report)
        ? t('lineNegatedHere', outlet, d.page)
        : t('lineNegatedThere', outlet, d.report);
    default:
      return t('lineOther', outlet, d.report, d.page);
  }
}
