export type Language = 'en' | 'es';

// Words frequent in one language and rare in the other; counting them is enough to tell news
// prose in English from Spanish, which is all the engine needs to pick a stemmer.
const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'to',
  'is',
  'was',
  'that',
  'with',
  'for',
  'has',
  'have',
  'his',
  'he',
]);
const SPANISH = new Set([
  'el',
  'la',
  'los',
  'las',
  'de',
  'del',
  'que',
  'y',
  'en',
  'por',
  'con',
  'una',
  'es',
  'se',
]);

/** English or Spanish, by the function words the text uses; English when undecided. */
export function detectLanguage(text: string): Language {
  let en = 0;
  let es = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) en++;
    if (SPANISH.has(word)) es++;
  }
  return es > en * 1.2 ? 'es' : 'en';
}
