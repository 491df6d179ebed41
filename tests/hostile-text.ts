import { createSeededRandom } from '../scripts/bench/seeded-random';

// Pieces of text that have stalled or broken text engines: runs of one mark, abbreviations in a
// row, unbalanced quotes, number soups, very long tokens, direction and zero-width marks, mixed
// scripts. Each hostile input strings some of them together, each repeated many times.
export const HOSTILE_PIECES: ReadonlyArray<(n: number) => string> = [
  (n) => '.'.repeat(n * 40),
  (n) => 'U.S. '.repeat(n * 10),
  (n) => 'Dr. '.repeat(n * 10),
  (n) => '... '.repeat(n * 10),
  (n) => '!!! ?! '.repeat(n * 5),
  (n) => '"'.repeat(n * 20),
  (n) => '“Come to Colombia. '.repeat(n * 3),
  (n) => '« ‘ “ '.repeat(n * 5),
  (n) => '1,2.3 4% 5 million 6.7.8 $9 18 400 2.700 US$3 '.repeat(n * 2),
  (n) => '1234567890'.repeat(n * 10),
  (n) => '1 2 3 4 5 6 7 8 9 0 '.repeat(n * 5),
  (n) => 'Petro'.repeat(n * 20) + ' ',
  (n) => 'a-'.repeat(n * 20),
  (n) => '\u200f\u202e\u200b\u200d\ufeff\u2060 '.repeat(n * 5),
  (n) => 'Петро сказал 中文新闻 العربية हिन्दी 🇨🇴 '.repeat(n * 2),
  (n) => 'Petro said security forces had dismantled 18,400 laboratories, one every 40 minutes. '.repeat(n),
  (n) => 'El presidente de EE. UU. habló con la Sra. López el 3 de diciembre de 2025. '.repeat(n),
  (n) => 'In September 2025, in October 2025, on Dec. 3, '.repeat(n * 2),
  (n) => '\n'.repeat(n) + '\t \u00a0'.repeat(n),
  (n) => 'The Big Red House Of Petro Trump '.repeat(n * 2),
  (n) => 'newsletter '.repeat(n * 5),
  (n) => 'he has also previously publicly fully said '.repeat(n * 2),
  (n) => '** __ * _ '.repeat(n * 5),
  (n) => 'Washington, Dec. 3 (AP) — '.repeat(n * 2),
];

/** `count` hostile texts of up to about `maxChars` characters, the same for the same seed. */
export function hostileTexts(seed: number, count: number, maxChars: number): string[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    while (text.length < maxChars && !(text && random.chance(0.15)))
      text += random.pick(HOSTILE_PIECES)(random.int(1, 40));
    return text.slice(0, maxChars);
  });
}
