import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

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
