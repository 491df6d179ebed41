import { t, type MessageKey } from './i18n';

// Each aspect of a difference the engine names, in the reader's words.

const ASPECTS: Record<string, MessageKey> = {
  figure: 'aspectFigure',
  scope: 'aspectScope',
  date: 'aspectDate',
  direction: 'aspectDirection',
  unit: 'aspectUnit',
  title: 'aspectTitle',
  attribution: 'aspectAttribution',
  negation: 'aspectNegation',
  quote: 'aspectQuote',
  wording: 'aspectWording',
};

/** The aspects the engine names in its differences; each has a label in every language. */
export const ENGINE_ASPECTS = Object.keys(ASPECTS);

export function aspectLabel(aspect: string): string {
  const key = ASPECTS[aspect];
  return key ? t(key) : aspect.charAt(0).toUpperCase() + aspect.slice(1);
}
