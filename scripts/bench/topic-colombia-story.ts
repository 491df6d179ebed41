import type { NewsTopic } from './news-topic';

/**
 * The bundled corpus's own story (Petro, Trump, cocaine seizures, laboratories, strikes on vessels), retold with
 * varied figures. A small share of synthetic reports uses it so that a seed page's claims meet look-alikes at
 * every corpus size: retrieval must still surface the bundled reports' versions among them.
 * Figures are drawn from ranges around the real ones ({x:...} lists), so some agree and most conflict.
 */
export const colombiaStoryTopic: NewsTopic = {
  name: 'colombia-story',
  weight: 0,
  headlines: [
    'Petro invites Trump to Colombia to see anti-drug operations',
    'Colombia says it destroyed {x:labs} cocaine laboratories',
    'Trump warns Colombia over cocaine as strikes on boats continue',
    'Petro and Trump speak by phone after weeks of threats',
  ],
  sentences: [
    'Colombian President Gustavo Petro invited US President Donald Trump to visit Colombia and watch the destruction of cocaine laboratories.',
    'Petro said the security forces had destroyed {x:labs} cocaine laboratories since he took office.',
    'According to Petro, troops dismantle one laboratory every {x:minutes} minutes.',
    'The president said his forces were destroying {x:perDay} laboratories a day.',
    'Colombia has seized {x:tons} tons of cocaine to date, the defence ministry said.',
    'Petro described a seizure of {x:tons} tonnes of cocaine as the largest in history.',
    'The army has carried out more than {x:operations} ground operations against armed groups, Petro said.',
    'The air force conducted {x:bombings} bombing raids against the leaders of armed groups.',
    'US strikes on suspected drug boats in the Caribbean and the Pacific have killed at least {x:killed} people.',
    'The US Drug Enforcement Administration said {x:share} percent of the cocaine seized in {x:year} came from Colombia.',
    'Potential cocaine production in Colombia rose by {x:surge}% in 2023, according to United Nations estimates.',
    'Defence Minister Pedro Sanchez said the seizures amounted to {x:doses} billion doses that never reached consumers.',
    'Trump said that any country producing drugs for the United States could be subject to attack.',
    'Trump accused Petro of being hostile towards the United States.',
    'Petro rejected military strikes and called for cooperation against the financial networks of the drug trade.',
    "The White House revoked Petro's visa in September after a speech at a rally in New York.",
    'Washington sanctioned Petro, members of his family and Interior Minister Armando Benedetti in October.',
    'Defence Secretary Pete Hegseth faces questions over a strike that killed survivors of an earlier attack.',
    'Venezuelan President Nicolas Maduro accused Washington of using the fight against drugs as a pretext.',
    'The two presidents spoke by phone for about {x:callMinutes} minutes, officials said.',
    'Trump said he looked forward to meeting Petro at the White House.',
    "Secretary of State Marco Rubio is due to meet Colombia's foreign minister.",
    'Petro said he would take up arms again if the United States attacked Colombia.',
    "Colombia remains the world's largest producer of cocaine.",
  ],
  lists: {
    labs: ['18,400', '17,900', '18,000', '19,200', '16,500', '20,100', '18,400'],
    minutes: ['40', '30', '45', '60', '40', '35'],
    perDay: ['nine', '36', '12', 'two dozen', 'nearly 40'],
    tons: ['2,700', '2,500', '2,900', '3,100', '2,700', '1,800'],
    operations: ['1,400', '1,446', '1,200', '1,600', '1,500'],
    bombings: ['12', '13', '14', '11', '15'],
    killed: ['83', '80', '99', '87', '76', '105'],
    share: ['84', '82', '90', '84', '75'],
    year: ['2024', '2023', '2024'],
    surge: ['50', '53', '45', '60'],
    doses: ['30', '25', '40'],
    callMinutes: ['60', '45', '50', '30'],
  },
};
