import { PROFILES, type LanguageProfile } from '../lang';

/**
 * One non-capturing alternation of every profile's fragments for a field, in profile order:
 * `(?:not|never|no|nunca)`. A field no profile fills matches nothing (an empty alternation would
 * match everywhere).
 */
export function fromProfiles(field: (profile: LanguageProfile) => readonly string[]): string {
  const fragments = [...new Set(PROFILES.flatMap(field))];
  return fragments.length ? `(?:${fragments.join('|')})` : '(?!)';
}
