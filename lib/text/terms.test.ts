import { describe, expect, it } from 'vitest';
import { sentenceTerms } from './terms';

const terms = (s: string, lang: 'en' | 'es' = 'en') => sentenceTerms(s, lang).map((t) => t.term);

describe('sentenceTerms', () => {
  it('keeps a hyphenated phrase built round a function word as one word', () => {
    expect(terms('plans for a face-to-face meeting')).toHaveLength(3);
    expect(terms('plans for a face-to-face meeting')).not.toContain('face');
    expect(terms('could face consequences')).toContain('face');
    // Other hyphenated words are still split into their parts.
    expect(terms('anti-narcotics operations')).not.toContain('anti');
  });

  it('leaves out adverbs of manner, which reports word as they like', () => {
    expect(terms('he publicly invited')).toEqual(terms('he formally invited'));
    expect(terms('deadly strikes')).toContain(terms('deadly')[0]);
    expect(terms('his family home')).toHaveLength(2);
    expect(terms('lo invitó formalmente', 'es')).toEqual(terms('lo invitó', 'es'));
  });
});
