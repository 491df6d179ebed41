import { describe, expect, it } from 'vitest';
import { isCitation } from './is-citation';
import { isClaim } from './is-claim';

describe('isCitation', () => {
  it.each([
    ['a publisher and a page', 'Chapel Hill: University of North Carolina Press. p. 84.'],
    ['a book with its pages', 'Baltimore: Johns Hopkins University Press. pp. 122–130.'],
    [
      'an author and a year',
      'Caulkins, J. P., and Reuter, P. (2010). How drug enforcement affects drug prices.',
    ],
    ['a journal article', 'Crime and Justice, 39(1), 213–271. doi:10.1086/652386'],
    ['a retrieval date', 'Global Report on Cocaine 2023. Vienna: UNODC. Retrieved 12 May 2024.'],
    ['a book with its ISBN', 'Narconomics. New York: PublicAffairs. ISBN 978-1-61039-615-4.'],
    ['an edited volume', 'Reuter, P. (ed.) (2009). Assessing the operation of the global drug market.'],
    ['a study cited in the text', 'Displacement is well documented (Wainwright et al., 2016).'],
    ['a Spanish page reference', 'Bogotá: Editorial Universitaria, 2003, págs. 45-60.'],
    ['a Spanish retrieval note', 'Informe mundial sobre las drogas. Consultado el 3 de marzo de 2024.'],
  ])('reads %s as a citation', (_, sentence) => {
    expect(isCitation(sentence)).toBe(true);
    expect(isClaim(sentence)).toBe(false);
  });

  it.each([
    ['a share of the cocaine', 'The DEA said 84 percent of the cocaine seized in 2024 came from Colombia.'],
    ['a time of day', 'The ministry said the laboratories were destroyed at 5 p.m. on Tuesday.'],
    ['a news agency', 'Petro spoke by phone with Trump, according to The Associated Press.'],
    [
      'a university in the news',
      'Investigadores de la Universidad Nacional propusieron usos industriales de la hoja.',
    ],
    ['a year in running text', 'The 1961 Single Convention placed coca leaf under international control.'],
    ['a person named in full', 'Gustavo Petro, the president, invited Donald Trump to Colombia.'],
    ['una cifra en español', 'El 84 % de la cocaína incautada en Estados Unidos provenía de Colombia.'],
  ])('reads %s as no citation', (_, sentence) => {
    expect(isCitation(sentence)).toBe(false);
  });
});
