import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { formatMessage, pluralForm, type Messages } from './i18n';

// Counts follow each language's plural rules (Intl.PluralRules), not `count === 1`.

const locales: Record<string, Messages> = { en, es };
const count = (language: string, n: number, stem: string) =>
  formatMessage(locales[language]!, `${stem}${pluralForm(n, language) === 'one' ? 'One' : 'Other'}`, [
    String(n),
  ]);

describe('counts in words', () => {
  it.each([
    ['en', 0, 'diverge', '0 claims diverge'],
    ['en', 1, 'diverge', '1 claim diverges'],
    ['en', 2, 'diverge', '2 claims diverge'],
    ['es', 0, 'diverge', '0 afirmaciones difieren'],
    ['es', 1, 'diverge', '1 afirmación difiere'],
    ['es', 3, 'diverge', '3 afirmaciones difieren'],
    ['en', 0, 'claimCount', '0 claims'],
    ['en', 1, 'claimCount', '1 claim'],
    ['es', 1, 'otherVersions', '1 versión más'],
    ['es', 0, 'otherVersions', '0 versiones más'],
  ])('reads %s %i with the stem %s as "%s"', (language, n, stem, expected) => {
    expect(count(language, n, stem)).toBe(expected);
  });

  it.each([
    ['en', 1, 'one'],
    ['en', 0, 'other'],
    ['en', 1.5, 'other'],
    ['es', 1, 'one'],
    ['es', 0, 'other'],
    ['es', 1_000_000, 'other'],
  ])('takes the plural form of %s %d from the language rules: %s', (language, n, form) => {
    expect(pluralForm(n, language)).toBe(form);
  });
});
