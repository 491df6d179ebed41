import { describe, expect, it } from 'vitest';
import { profileOf } from '../../lang';
import { storyEntities } from './story-entities';

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
    const story = storyEntities(KENYA, profileOf('en'));
    expect(story.persons[0]).toBe('@ruto');
    expect(story.places).toContain('@kenya');
    expect(story.places).not.toContain('@ruto');
    // A month or a day is neither.
    expect([...story.places, ...story.persons]).not.toContain('@monday');
  });

  it('reads them in Spanish', () => {
    const story = storyEntities(CHILE, profileOf('es'));
    expect(story.persons[0]).toBe('@boric');
    expect(story.places).toContain('@chile');
  });
});
