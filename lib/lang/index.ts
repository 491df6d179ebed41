import { en } from './en';
import { es } from './es';
import type { LanguageProfile } from './types';

const REGISTERED = [en, es] as const;

/** The code of a language the engine reads ('en', 'es', …), derived from the profiles. */
export type Language = (typeof REGISTERED)[number]['code'];

/** Every language the engine reads; the first is the default when a text's language is unclear. */
export const PROFILES: readonly LanguageProfile[] = REGISTERED;

/** The language whose words the lexicons map onto (English). */
export const PIVOT: LanguageProfile = PROFILES.find((p) => p.pivot) ?? en;

const byCode = new Map(PROFILES.map((p) => [p.code, p]));

/** The profile of a language; the default profile for a code no profile has. */
export function profileOf(language: string): LanguageProfile {
  return byCode.get(language) ?? en;
}

/** Whether a string names a language the engine reads. */
export function isLanguage(code: string): code is Language {
  return byCode.has(code);
}

const functionWords = PROFILES.map((p) => new Set<string>(p.functionWords));

/**
 * The language of a text, by the function words it uses: a language wins over the default only
 * with 20 % more of its function words; the default (English) when undecided.
 */
export function detectLanguage(text: string): Language {
  const counts = PROFILES.map(() => 0);
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    functionWords.forEach((words, i) => {
      if (words.has(word)) counts[i]!++;
    });
  }
  let best = 0;
  for (let i = 1; i < PROFILES.length; i++) {
    if (counts[i]! > counts[0]! * 1.2 && counts[i]! > counts[best]!) best = i;
  }
  return PROFILES[best]!.code as Language;
}

export type { LanguageProfile } from './types';

/**
 * One table of every profile's entries for a field, for the rules that read all languages at
 * once (a Spanish page quotes English figures; the number words of the two do not collide). Without
 * a prototype: "constructor" is no number word.
 */
export function mergedTable<T>(
  field: (profile: LanguageProfile) => Readonly<Record<string, T>>,
): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null), ...PROFILES.map(field)) as Record<string, T>);
}
