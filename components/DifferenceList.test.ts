import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASPECTS } from '@/lib';
import { ASPECT_KEYS, aspectLabel } from './DifferenceList';

const messages = (language: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));

describe('aspectLabel', () => {
  // The engine's registry lists the aspects it names (lib/match/differences/index.ts).
  it.each(ASPECTS.map((aspect) => [aspect]))('labels %s in English and Spanish', (aspect) => {
    for (const language of ['en', 'es']) expect(messages(language)).toHaveProperty(ASPECT_KEYS[aspect]);
  });

  it.each([
    ['date', 'Date'],
    ['direction', 'Direction'],
    ['negation', 'Negation'],
  ])('labels %s as "%s" in English', (aspect, label) => {
    expect(aspectLabel(aspect)).toBe(label);
  });
});
