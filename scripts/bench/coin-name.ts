import type { SeededRandom } from './seeded-random';

// Syllables that read as names in many languages ("Valdeira", "Okanu", "Marteno").
const onsets = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'ch',
  'gr',
  'tr',
  'sh',
];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const codas = ['', '', '', 'n', 'r', 'l', 's', 'z', 'nd', 'rt'];
const syllables = onsets.flatMap((onset) =>
  vowels.flatMap((vowel) => codas.map((coda) => onset + vowel + coda)),
);

/**
 * A name from a Zipf-distributed space of `space` possible names: a few recur often, most are rare, as
 * surnames and place names do in real news. The same rank always spells the same name.
 */
export function coinName(random: SeededRandom, space = 50_000): string {
  // Log-uniform rank: P(rank = r) ∝ 1/r, Zipf's law with exponent 1.
  const rank = Math.floor(Math.exp(random.next() * Math.log(space)));
  // Hash the rank so that neighbouring ranks do not share syllables.
  let hash = Math.imul(rank ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  let name = '';
  for (let count = 2 + (hash % 2); count > 0; count--) {
    hash = Math.imul(hash ^ (hash >>> 13), 0x85ebca6b) >>> 0;
    name += syllables[hash % syllables.length];
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}
