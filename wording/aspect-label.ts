import type { Aspect } from '@/lib';
import { t, type MessageKey } from './i18n';

// Each aspect of a difference the engine names, in the reader's words. One label per aspect of the
// engine's registry (lib/match/differences/): a new aspect fails to compile here until it has one.

export const ASPECT_KEYS: Record<Aspect, MessageKey> = {
  figure: 'aspectFigure',
  scope: 'aspectScope',
  date: 'aspectDate',
  direction: 'aspectDirection',
  title: 'aspectTitle',
  attribution: 'aspectAttribution',
  negation: 'aspectNegation',
};

/** The aspects the engine names in its differences; each has a label in every language. */
export const ENGINE_ASPECTS = Object.keys(ASPECT_KEYS) as Aspect[];

export function aspectLabel(aspect: string): string {
  const key = (ASPECT_KEYS as Record<string, MessageKey | undefined>)[aspect];
  return key ? t(key) : aspect.charAt(0).toUpperCase() + aspect.slice(1);
}
