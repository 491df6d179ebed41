import { describe, expect, it } from 'vitest';
import { compareFixture } from './compare-fixture';

// Coverage written the way wire services write, in English and Spanish, with none of the bundled
// reports' sentences: general words, figures and attributions have to carry the match.

describe('a Spanish agency-style page', () => {
  const { versionOf, matchesOf } = compareFixture('petro-laboratorios.es.txt');

  it.each([
    ['más de 80 muertos', 'killed at least 83 people', 'corroborates'],
    ['esos ataques de ineficaces', 'missile attacks as ineffective', 'corroborates'],
    ['cerca de 2.700 toneladas', '2,700 tons of cocaine to date', 'corroborates'],
    ['cerca de 2.700 toneladas', 'largest single cocaine seizure', 'diverges'],
    ['un laboratorio cada 40 minutos', 'one laboratory every 40 minutes', 'corroborates'],
    // Words the lexicon does not know ("homólogo", "observe") must not bury the ones it carried.
    ['invitó este miércoles a su homólogo', 'extended an invitation to US President', 'corroborates'],
  ])('finds "%s" in "%s"', (spanish, english, relation) => {
    expect(versionOf(spanish, english)?.relation).toBe(relation);
  });

  it('matches nothing to the newsletter line', () => {
    expect(matchesOf('Suscríbase')).toEqual([]);
  });
});

describe('an English agency-style page', () => {
  const { versionOf, matchesOf } = compareFixture('trump-petro-call.en.txt');

  it.each([
    ['killing at least 83 people', 'killed at least 83 people', 'corroborates'],
    ['"a Great Honor"', 'characterized by Trump as “a great honor”', 'corroborates'],
    ['"cocaine mills"', '“cocaine mills and cocaine factories”', 'corroborates'],
  ])('finds "%s" in "%s"', (english, report, relation) => {
    expect(versionOf(english, report)?.relation).toBe(relation);
  });

  it('reads "Trump had said Colombia was…" as Trump speaking, not as a different source', () => {
    const said = matchesOf('Trump had said Colombia');
    expect(said.length).toBeGreaterThan(0);
    expect(said.flatMap((m) => m.differences).filter((d) => d.aspect === 'attribution')).toEqual([]);
  });

  it('matches nothing to the copyright line', () => {
    expect(matchesOf('All rights reserved')).toEqual([]);
  });
});

describe('an English page with other figures for the same claims', () => {
  const { versionOf } = compareFixture('petro-record-seizures.en.txt');

  it.each([
    // Open ranges that overlap agree, as "over 1,400" and "over 1,446" do.
    ['killed at least 87 people', 'killed at least 83 people', 'corroborates'],
    ['more than 18,000 drug laboratories', '18,400 cocaine laboratories', 'corroborates'],
    ['12 aerial bombings', '12 bombings against illegal armed groups', 'corroborates'],
    ['30 billion doses', 'an estimated 30 billion doses', 'corroborates'],
    ['about 2,800 tons of cocaine since he took office', 'largest single cocaine seizure', 'diverges'],
  ])('finds "%s" in "%s"', (english, report, relation) => {
    expect(versionOf(english, report)?.relation).toBe(relation);
  });

  it('does not read "Petro has rejected the strikes" as denying that they happened', () => {
    const strikes = versionOf('Petro has rejected the U.S. military strikes', 'Missile strikes on vessels');
    expect(strikes?.differences.map((d) => d.aspect)).toEqual([]);
  });
});

describe('a Spanish page quoting an English statement in translation', () => {
  const { versionOf, matchesOf } = compareFixture('trump-petro-llamada.es.txt');

  it('finds the statement through its translated quotation', () => {
    expect(versionOf('Fue un gran honor', 'characterized by Trump as “a great honor”')?.relation).toBe(
      'corroborates',
    );
  });

  it('does not read "no se pronunció sobre la llamada" as denying a call', () => {
    const rubio = matchesOf('Marco Rubio');
    expect(rubio.length).toBeGreaterThan(0);
    expect(rubio.flatMap((m) => m.differences.map((d) => d.aspect))).not.toContain('negation');
  });

  it('matches nothing to the "read also" and sharing lines', () => {
    expect([...matchesOf('Lea también'), ...matchesOf('Comparta')]).toEqual([]);
  });
});

describe('an English page on the phone call and the rally', () => {
  const { versionOf, matchesOf } = compareFixture('petro-trump-call-rally.en.txt');

  it.each([
    // "nearly an hour" and "nearly hour-long" are one length of time.
    ['The call lasted nearly an hour', 'The nearly hour-long discussion', 'corroborates'],
    ['Petro had called the rally', 'addressed a mass rally in Bogotá', 'corroborates'],
    ['Marco Rubio and Colombian Foreign Minister', 'Secretary of State Marco Rubio', 'corroborates'],
  ])('finds "%s" in "%s"', (english, report, relation) => {
    expect(versionOf(english, report)?.relation).toBe(relation);
  });

  it('does not set a denial against a version that only reports the allegation', () => {
    const denial = versionOf('has denied any involvement', 'alleging his involvement in drug trafficking');
    expect(denial?.differences.map((d) => d.aspect)).toEqual([]);
    expect(matchesOf('has denied any involvement').map((m) => m.relation)).not.toContain('diverges');
  });
});

describe('a Spanish page with general words of the news', () => {
  const { versionOf } = compareFixture('petro-venga-a-colombia.es.txt');

  it.each([
    // Months, "retiró la visa", "soldados", "órdenes": words outside the story's own vocabulary.
    ['En septiembre, Washington le retiró la visa', 'revoked Petro’s visa in September', 'corroborates'],
    ['a su esposa, a su hijo', 'sanctioned him, along with his family', 'corroborates'],
    // Seven billion doses is not thirty billion.
    ['unos 7.000 millones de dosis', 'an estimated 30 billion doses', 'diverges'],
    ['el 84 % de la cocaína', '84 percent of the cocaine', 'corroborates'],
  ])('finds "%s" in "%s"', (spanish, english, relation) => {
    expect(versionOf(spanish, english)?.relation).toBe(relation);
  });
});

describe('a Spanish page on the call', () => {
  const { versionOf } = compareFixture('trump-petro-casa-blanca.es.txt');

  it('finds the call of "casi una hora" on "miércoles" in the nearly hour-long discussion', () => {
    expect(versionOf('mantuvieron este miércoles', 'nearly hour-long discussion')?.relation).toBe(
      'corroborates',
    );
  });

  it('finds the speech Petro had to give in its English quotation', () => {
    expect(versionOf('Tenía preparado un discurso', 'I prepared a speech')).toBeDefined();
  });
});

describe('an explainer that asks its questions in subheads', () => {
  const { result, matchesOf } = compareFixture('us-colombia-explainer.en.txt');

  it('takes a headline that asks as the title', () => {
    expect(result.page.title).toBe('Explainer: Why are the US and Colombia at odds?');
  });

  it('matches no question', () => {
    expect([...matchesOf('What is the dispute about?'), ...matchesOf('How much cocaine')]).toEqual([]);
  });

  it('still matches its statements', () => {
    expect(matchesOf("Colombia was Washington's closest ally").map((m) => m.relation)).toContain(
      'corroborates',
    );
  });
});

describe('an English page on the second strike', () => {
  const { matchesOf } = compareFixture('hegseth-second-strike.en.txt');

  it('does not set the two killed in one strike against the 83 killed in all', () => {
    const differences = matchesOf('which killed two people').flatMap((m) => m.differences);
    expect(differences.filter((d) => d.aspect === 'figure')).toEqual([]);
  });

  it('finds the lawmakers of both parties and the quotation', () => {
    expect(matchesOf('Lawmakers from both parties').map((m) => m.relation)).toContain('corroborates');
    expect(matchesOf('subject to attack').map((m) => m.relation)).toContain('corroborates');
  });
});

describe('an English page with months swapped and a share changed', () => {
  const { versionOf, matchesOf } = compareFixture('petro-front-row-seat.en.txt');

  it('sets each month against the same event in the report', () => {
    const visa = versionOf("revoked Petro's visa in October", 'revoked Petro’s visa in September');
    expect(visa?.relation).toBe('diverges');
    expect(visa?.differences).toContainEqual({ aspect: 'date', page: 'October', report: 'September' });
    const sanctions = versionOf("revoked Petro's visa in October", 'sanctioned him, along with his family');
    expect(sanctions?.differences).toContainEqual({ aspect: 'date', page: 'September', report: 'October' });
  });

  it('finds the changed share and leaves the question and the market out', () => {
    expect(versionOf('74% of cocaine', '84 percent of the cocaine')?.relation).toBe('diverges');
    expect([...matchesOf('Will Trump accept?'), ...matchesOf("Colombia's peso weakened")]).toEqual([]);
  });
});
