import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from './split-sentences';

describe('splitSentences', () => {
  it.each([
    ['breaks at full stops', 'Petro spoke. Trump listened.', ['Petro spoke.', 'Trump listened.']],
    [
      'keeps "U.S. President" together',
      'U.S. President Donald Trump spoke. He left.',
      ['U.S. President Donald Trump spoke.', 'He left.'],
    ],
    [
      'keeps titles before names',
      'Mr. Trump met Dr. Jones and Gen. Smith. They talked.',
      ['Mr. Trump met Dr. Jones and Gen. Smith.', 'They talked.'],
    ],
    ['keeps initials', 'J. R. Ewing arrived. He sat.', ['J. R. Ewing arrived.', 'He sat.']],
    [
      'keeps a.m. before a number or lowercase',
      'At 9 a.m. on Monday the talks began. They ended.',
      ['At 9 a.m. on Monday the talks began.', 'They ended.'],
    ],
    [
      'ends at a dotted acronym before a sentence opener',
      'He left the U.S. The talks ended.',
      ['He left the U.S.', 'The talks ended.'],
    ],
    [
      'keeps decimals and "No. 2"',
      'The rate was 3.2 % at No. 2 Main St. Then it fell.',
      ['The rate was 3.2 % at No. 2 Main St.', 'Then it fell.'],
    ],
    [
      "ends after a country's initials or a time before a name and a verb",
      'Rechazó las amenazas de EE. UU. Petro le dijo a la multitud que no cedería. Cocaine ends up in the U.S. Petro says so. It ended before 4 p.m. Petro then spoke.',
      [
        'Rechazó las amenazas de EE. UU.',
        'Petro le dijo a la multitud que no cedería.',
        'Cocaine ends up in the U.S.',
        'Petro says so.',
        'It ended before 4 p.m.',
        'Petro then spoke.',
      ],
    ],
    [
      "keeps a country's initials before a name that goes on",
      'The U.S. Drug Enforcement Administration said so. U.S. Navy ships fired. U.S. Secretary of State Marco Rubio spoke.',
      [
        'The U.S. Drug Enforcement Administration said so.',
        'U.S. Navy ships fired.',
        'U.S. Secretary of State Marco Rubio spoke.',
      ],
    ],
    [
      'keeps a time before a day',
      'At 7 a.m. Wednesday he posted again. He left.',
      ['At 7 a.m. Wednesday he posted again.', 'He left.'],
    ],
    [
      'keeps Spanish "EE. UU." and "Sra."',
      'El presidente de EE. UU. habló con la Sra. López. Luego se fue.',
      ['El presidente de EE. UU. habló con la Sra. López.', 'Luego se fue.'],
    ],
    ['splits Spanish questions', '¿Vendrá Trump? Sí, dijo Petro.', ['¿Vendrá Trump?', 'Sí, dijo Petro.']],
    [
      'keeps a quotation whole',
      '“Come to Colombia. Come with me,” Petro wrote. Trump did not answer.',
      ['“Come to Colombia. Come with me,” Petro wrote.', 'Trump did not answer.'],
    ],
    [
      'ends after a closing quote',
      'He countered claims he is "hostile." Petro cited seizures.',
      ['He countered claims he is "hostile."', 'Petro cited seizures.'],
    ],
    [
      'keeps a headline line apart',
      'Petro invites Trump to Colombia\nThe invitation came on Tuesday.',
      ['Petro invites Trump to Colombia', 'The invitation came on Tuesday.'],
    ],
    [
      'survives an unclosed quote',
      'He said “no. Then he left. Fine.',
      ['He said “no.', 'Then he left.', 'Fine.'],
    ],
    ['returns nothing for blank text', '  \n\n ', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('splitSentences never makes an empty or punctuation-only sentence', () => {
  it.each([
    ['an ellipsis before a capital', 'He paused... Then he left.', ['He paused...', 'Then he left.']],
    ['exclamation marks in a run', 'Wait!!! What?! Yes.', ['Wait!!!', 'What?!', 'Yes.']],
    [
      'a line of dots alone',
      'He left.\n...\n!!!\n?!\nThen he came back.',
      ['He left.', 'Then he came back.'],
    ],
    ['an ellipsis opening a line', '... And then he left.', ['And then he left.']],
    ['marks after an abbreviation', 'He met Mr.!! Then he left.', ['He met Mr.!!', 'Then he left.']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

// Inputs that froze the service worker for seconds to minutes when the splitter re-ran a pattern
// over the text before every period. The timeout guards against a freeze; it is not a speed test.
const PROSE = 'Petro said security forces had dismantled 18,400 laboratories, one every 40 minutes. ';
describe('splitSentences reads hostile text in one pass', () => {
  it.each([
    ['a 100 kB paragraph with a run of 3,000 dots', PROSE.repeat(1200) + '.'.repeat(3000) + ' The end.'],
    ['256 kB of prose on one line', PROSE.repeat(3100)],
    ['a run of "U.S. "', 'U.S. '.repeat(20000)],
    ['a run of "Dr. "', 'Dr. '.repeat(25000)],
    ['a run of "... A "', '... A '.repeat(20000)],
    ['17 kB of unclosed quotation marks', '"'.repeat(17000) + ' He said. Then “no. He left.'],
  ])(
    '%s',
    (_name, text) => {
      const sentences = splitSentences(text);
      expect(sentences.length).toBeGreaterThan(0);
      const odd = sentences.filter((s) => !/[\p{L}\p{N}]/u.test(s) || s.length > MAX_SENTENCE_CHARS);
      expect(odd).toEqual([]);
    },
    5000,
  );

  it('cuts a run-on sentence at a space, keeping every word', () => {
    const words = Array.from({ length: 600 }, (_, i) => `word${i}`);
    const sentences = splitSentences(words.join(' '));
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.join(' ')).toBe(words.join(' '));
  });
});
