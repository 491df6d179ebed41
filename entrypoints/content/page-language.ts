// Whether a page's text is in a language Crosscheck reads (English, Spanish). The engine splits and
// matches only these: an Arabic article is never split into sentences, a Chinese one is not even seen
// as an article, a French one matches nothing. Such a page is told apart here so the panel can say
// why, instead of failing silently. Script first (most letters not Latin: another language), then
// function words, which are frequent in any article and differ between Latin-script languages.

/** Words frequent in English or Spanish articles and rare in the other languages listed below. */
const READ = new Set(
  (
    'the and of to is was that said for with has have were from this are it ' +
    'el los las y del por una dijo para con según pero como está fue más sus lo'
  ).split(' '),
);

/** Words frequent in French, German, Italian and Portuguese articles and rare in English or Spanish. */
const OTHER = new Set(
  (
    'le les des et est une dans du au aux qui pas sur avec été ont il cette sont mais ne ' +
    'der die und das nicht ist mit den von sich dem ein eine auf auch wurde ' +
    'della che di non sono gli nel alla delle anche è per ' +
    'os não uma com são ao pelo pela também às é'
  ).split(' '),
);

/** Fewer letters than this: too little text to tell (and too little to be an article). */
const MIN_LETTERS = 200;
const MAX_WORDS = 1500;

export type Language = 'read' | 'other' | 'unknown';

export function pageLanguage(text: string): Language {
  // Counted by what is left once the rest is removed: no array of every letter is built.
  const letters = text.replace(/\P{L}+/gu, '').length;
  if (letters < MIN_LETTERS) return 'unknown';
  const latin = text.replace(/\P{Script=Latin}+/gu, '').length;
  if (latin < letters / 2) return 'other';
  let read = 0;
  let other = 0;
  let count = 0;
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (READ.has(word)) read++;
    else if (OTHER.has(word)) other++;
    if (++count >= MAX_WORDS) break;
  }
  // An English or Spanish article quoting another language keeps enough of its own words.
  return other >= 10 && other > read * 1.5 ? 'other' : 'read';
}
