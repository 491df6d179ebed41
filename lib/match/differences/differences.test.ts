import { describe, expect, it } from 'vitest';
import { attributionDifference, findAttribution } from './attribution';
import { directionDifference } from './direction';
import { negationDifference } from './negation';
import { titleDifference } from './title';

describe('findAttribution', () => {
  it.each([
    ['“Come with me,” Petro wrote.', ['Petro']],
    ['“It is Colombia,” said Petro.', ['Petro']],
    ['Petro has also said the strikes are illegal.', ['Petro']],
    ['Only days earlier, Trump had said Colombia was producing cocaine.', ['Trump']],
    ['Trump said Petro has been quite hostile toward the United States.', ['Trump']],
    ['He said Colombia was producing drugs.', []],
    ['According to the DEA, 84 percent of the cocaine came from Colombia.', ['the DEA']],
    ['Colombia destruyó 18.400 laboratorios, dijo Petro.', ['Petro']],
    ['“Venga conmigo”, escribió Petro.', ['Petro']],
    // A verb ending in an accented letter ends the match too (\b is ASCII-only).
    ['Petro aseguró que Colombia destruyó 18.400 laboratorios.', ['Petro']],
    ['Missile strikes on vessels have killed at least 83 people.', []],
    ['Trump has repeatedly accused Petro of doing too little, which the UN says is true.', ['Trump', 'UN']],
  ])('%s → %j', (sentence, expected) => {
    expect(findAttribution(sentence)).toEqual(expected);
  });
});

describe('attributionDifference', () => {
  it.each([
    [
      'Only days earlier, Trump had said Colombia was producing cocaine.',
      '“They have cocaine manufacturing plants,” Trump said.',
      null,
    ],
    ['Petro said the strikes killed 83 people.', 'Trump said the strikes killed 83 people.', 'Petro|Trump'],
    ['Petro said the strikes killed 83 people.', 'He said the strikes killed 83 people.', null],
    ['“It is Colombia,” said Petro.', 'Gustavo Petro said it is Colombia.', null],
    [
      'The DEA said 84% of the cocaine came from Colombia.',
      'The US Drug Enforcement Administration reported that 84 percent came from Colombia.',
      null,
    ],
    [
      'Trump said any country selling drugs is "subject to attack."',
      '“Anybody selling it into our country is subject to attack,” News.Az reports, citing Al Jazeera.',
      null,
    ],
  ])('%s | %s', (page, report, expected) => {
    const difference = attributionDifference(page, report);
    expect(difference && `${difference.page}|${difference.report}`).toBe(expected);
  });
});

describe('negationDifference', () => {
  it.each([
    [
      'Petro accepted the invitation.',
      'Petro did not accept the invitation.',
      ['accept', 'invitation'],
      '(affirmed)|not',
    ],
    [
      'Petro denied the allegations.',
      'The allegations were confirmed.',
      ['allegations'],
      'denied|(affirmed)',
    ],
    [
      'Petro denied that the strikes were legal.',
      'The strikes were legal.',
      ['strikes'],
      'denied|(affirmed)',
    ],
    [
      'Petro rejected the invitation.',
      'Petro accepted the invitation.',
      ['invitation'],
      'rejected|(affirmed)',
    ],
    [
      'Petro has rejected the U.S. military strikes on boats, which have killed at least 87 people.',
      'Missile strikes on vessels have killed at least 83 people.',
      ['strikes', 'killed'],
      null,
    ],
    ['Petro condemned the strikes.', 'The strikes killed 83 people.', ['strikes'], null],
    [
      "Petro did not accept Trump's invitation.",
      "Whether Trump will accept Petro's invitation remains unclear.",
      ['accept', 'invitation'],
      null,
    ],
    [
      'Petro denies any links to drug trafficking.',
      'Petro vehemently denied the allegations of drug trafficking.',
      ['drug', 'trafficking'],
      null,
    ],
    // Spanish, read accent-folded.
    [
      'Petro negó las acusaciones.',
      'Las acusaciones fueron confirmadas.',
      ['acusaciones'],
      'negó|(affirmed)',
    ],
    [
      'Petro jamás aceptó la invitación.',
      'Petro aceptó la invitación.',
      ['aceptó', 'invitación'],
      'jamás|(affirmed)',
    ],
    // A particle reaches back a few words within its clause only.
    ['Marco Rubio no se pronunció sobre la llamada.', 'Rubio habló de la llamada.', ['llamada'], null],
    ['Petro, who did not comment, attended the meeting.', 'Petro attended the meeting.', ['meeting'], null],
    [
      'Petro did not attend the meeting.',
      'Petro attended the meeting.',
      ['attend', 'meeting'],
      'not|(affirmed)',
    ],
    ['Colombia will not accept threats, Petro said.', 'Petro warned against threats.', ['threats'], null],
    [
      'Trump said he had never called Petro hostile.',
      'Trump has maintained that Petro has been “quite hostile.”',
      ['hostile'],
      'never|(affirmed)',
    ],
    // An allegation reports a claim; the denial answers it, and the two do not conflict.
    [
      'Petro has denied any involvement in drug trafficking.',
      "Washington has cast a shadow over Petro's presidency by alleging his involvement in drug trafficking.",
      ['involvement', 'drug', 'trafficking'],
      null,
    ],
    [
      'Petro negó cualquier vínculo con el narcotráfico.',
      'Washington acusó a Petro de tener vínculos con el narcotráfico.',
      ['vínculo', 'narcotráfico'],
      null,
    ],
    [
      'Petro has denied any involvement in drug trafficking.',
      'Investigators confirmed his involvement in drug trafficking.',
      ['involvement', 'drug', 'trafficking'],
      'denied|(affirmed)',
    ],
    // A negative verb under a negation affirms; "not just" adds rather than denies.
    [
      'Trump refused to rule out a military intervention.',
      'Trump threatened a military intervention.',
      ['military', 'intervention'],
      null,
    ],
    [
      'Trump no descartó una intervención militar.',
      'Trump amenazó con una intervención militar.',
      ['intervención', 'militar'],
      null,
    ],
    [
      'It is a revolution rather than military mobilization.',
      'It is not just military mobilization, but a revolution.',
      ['military', 'mobilization'],
      null,
    ],
    // A negation inside a purpose says what was prevented.
    [
      'Colombia stopped the cocaine so that Americans do not consume it.',
      'Colombia stopped the cocaine before Americans could consume it.',
      ['consume'],
      null,
    ],
    // A denial of an action: "denied inviting", "negó haber invitado".
    [
      'Petro denied inviting Trump to Colombia.',
      'Petro invited Trump to Colombia.',
      ['inviting'],
      'denied|(affirmed)',
    ],
    ['Petro negó haber invitado a Trump.', 'Petro invitó a Trump.', ['invitado'], 'negó|(affirmed)'],
  ])('%s | %s', (page, report, shared, expected) => {
    const difference = negationDifference(page, report, shared);
    expect(difference && `${difference.page}|${difference.report}`).toBe(expected);
  });
});

describe('titleDifference', () => {
  it.each([
    [
      'Former President Donald Trump called Petro.',
      'U.S. President Donald Trump called Petro.',
      'Former President Donald Trump|U.S. President Donald Trump',
    ],
    [
      'El expresidente Donald Trump llamó a Petro.',
      'U.S. President Donald Trump called Petro.',
      'expresidente Donald Trump|U.S. President Donald Trump',
    ],
    ['Former President Donald Trump called Petro.', 'Former President Donald Trump called Petro.', null],
    ['Trump called Petro.', 'U.S. President Donald Trump called Petro.', null],
  ])('%s | %s', (page, report, expected) => {
    const difference = titleDifference(page, report);
    expect(difference && `${difference.page}|${difference.report}`).toBe(expected);
  });
});

describe('negationDifference reads each side as it prints the shared words', () => {
  it('sees the report negate what a Spanish page negates', () => {
    const same = negationDifference(
      'Petro negó las acusaciones.',
      'Petro denied the allegations.',
      ['acusaciones'],
      ['allegations'],
    );
    expect(same).toBeNull();
    const other = negationDifference(
      'Petro confirmó las acusaciones.',
      'Petro denied the allegations.',
      ['acusaciones'],
      ['allegations'],
    );
    expect(other).toEqual({ page: '(affirmed)', report: 'denied' });
  });

  it('does not set a denial against a claim another source maintains', () => {
    expect(
      negationDifference(
        'Petro rechazó que Colombia sea hostil.',
        'Trump has maintained that Petro has been hostile.',
        ['hostil'],
        ['hostile'],
      ),
    ).toBeNull();
  });
});

describe('directionDifference', () => {
  it.each([
    [
      'Potential cocaine production fell in 2023.',
      'In 2023, potential cocaine production surged by over 50%.',
      'fell|surged',
    ],
    [
      'La producción de cocaína cayó en 2023.',
      'Potential cocaine production increased in 2023.',
      'cayó|increased',
    ],
    ['Production rose by half in 2023.', 'In 2023, production surged by over 50%.', null],
    ['Production rose while seizures fell.', 'Production surged.', null],
    ['Petro met Trump.', 'Production fell.', null],
    ['Production fell.', 'Petro met Trump.', null],
    // The same report sentence again, read from the memo, against pages either way.
    ['Exports rose in March.', 'Production fell.', 'rose|fell'],
    ['Exports dropped in March.', 'Production fell.', null],
  ])('%s | %s', (page, report, expected) => {
    const difference = directionDifference(page, report);
    expect(difference && `${difference.page}|${difference.report}`).toBe(expected);
  });
});
