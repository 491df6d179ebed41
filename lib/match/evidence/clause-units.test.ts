import { describe, expect, it } from 'vitest';
import { profileOf } from '../../lang';
import { collectNames } from '../../text/terms';
import { bestClauseMatch, clauseUnits } from './clause-units';
import { storyEntities } from './story-entities';

const STORY = [
  'Brazilian President Luiz Inácio Lula da Silva spoke in Brasília on Monday.',
  'Deforestation in Brazil fell by a third, Lula said.',
  'French President Emmanuel Macron arrived in Belém for the climate summit.',
  'Officials in Brazil want rich nations to pay more.',
];
const story = storyEntities(STORY, profileOf('en'));
const units = (sentence: string) =>
  clauseUnits(sentence, profileOf('en'), collectNames([...STORY, sentence]), story);

describe('clauseUnits', () => {
  it.each([
    [
      'the head event is the first act told',
      'Lula invited Macron to see the destruction of illegal mines.',
      'invite',
    ],
    ['a clause with no act has none', 'Lula arrived in Belém on Sunday.', null],
    ['a seizure told as a noun', 'Police in Brazil reported record seizures of gold.', 'seize'],
  ])('%s', (_, sentence, frame) => {
    expect(units(sentence)[0]!.frame).toBe(frame);
  });

  it.each([
    ['names the story knows', 'Lula met Macron in Belém.', ['@lula', '@macron', '@belem']],
    ['a month is no participant', 'In March the talks resumed.', []],
  ])('reads the participants: %s', (_, sentence, participants) => {
    expect([...units(sentence)[0]!.participants].sort()).toEqual([...participants].sort());
  });

  it('marks a clause that prints numbers', () => {
    expect(units('Lula said 300 mines were closed.')[0]!.hasFigure).toBe(true);
  });
});

describe('bestClauseMatch', () => {
  const weightOf = () => 1;

  it('compares the clause that tells the same event, not the whole sentences', () => {
    const match = bestClauseMatch(
      units('Markets rallied on Friday, after Lula said deforestation in Brazil fell again.'),
      units('Lula said deforestation in Brazil fell again, and promised new parks in the north.'),
      weightOf,
    );
    expect(match?.page).toBe('after Lula said deforestation in Brazil fell again.');
    expect(match?.score).toBeGreaterThan(0.8);
  });

  it('skips clauses that carry no participant', () => {
    const match = bestClauseMatch(
      units('Rain fell all week.'),
      units('Rain fell in Belém all week.'),
      weightOf,
    );
    expect(match).toBeNull();
  });
});
