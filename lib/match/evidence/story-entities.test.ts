import { describe, expect, it } from 'vitest';
import { resolveAnaphors, storyEntities } from './story-entities';

// A wire story on another country, so that nothing here is the bundled reports' wording.
const KENYA = [
  'Kenyan President William Ruto met IMF officials in Nairobi on Monday.',
  'Ruto said the talks had gone well.',
  'Protests spread across Kenya after the finance bill was published.',
  'The IMF wants Kenya to raise more revenue, Ruto told reporters.',
];

const CHILE = [
  'El presidente Gabriel Boric viajó a Argentina el martes.',
  'En Chile, la oposición criticó el viaje.',
  'Boric dijo que el acuerdo beneficiará a los dos países.',
  'Según Boric, la relación con Argentina es estratégica.',
];

describe('storyEntities', () => {
  it('reads the people and places of an English story, most mentioned first', () => {
    const story = storyEntities(KENYA, 'en');
    expect(story.persons[0]).toBe('@ruto');
    expect(story.places).toContain('@kenya');
    expect(story.places).not.toContain('@ruto');
    // A month or a day is neither.
    expect([...story.places, ...story.persons]).not.toContain('@monday');
  });

  it('reads them in Spanish', () => {
    const story = storyEntities(CHILE, 'es');
    expect(story.persons[0]).toBe('@boric');
    expect(story.places).toContain('@chile');
  });
});

describe('resolveAnaphors', () => {
  const en = storyEntities(KENYA, 'en');
  const es = storyEntities(CHILE, 'es');

  it.each([
    ['"the country" is the story\'s main place', 'The country owes more than it collects.', en, ['@kenya']],
    ['"the president" is its main person', 'The president vetoed the bill.', en, ['@ruto']],
    ['a sentence naming the place gains nothing', 'Kenya is the country that owes most.', en, []],
    ['no anaphor, nothing', 'Talks resumed on Friday.', en, []],
    ['"el mandatario" in Spanish', 'El mandatario defendió el acuerdo.', es, ['@boric']],
    ['"el país" in Spanish', 'El país exporta cobre.', es, ['@chile']],
  ])('%s', (_, sentence, story, expected) => {
    const language = story === es ? 'es' : 'en';
    const keys = new Set(sentence.match(/\p{Lu}\p{Ll}+/gu)?.map((w) => `@${w.toLowerCase()}`) ?? []);
    expect(resolveAnaphors(sentence, language, story, keys)).toEqual(expected);
  });
});
