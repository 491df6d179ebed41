import type { NewsTopic } from './news-topic';

/** Education, housing, armed conflict, science and culture: the rest of a general news wire. */
export const societyTopics: readonly NewsTopic[] = [
  {
    name: 'education',
    weight: 5,
    headlines: [
      'Teachers in {country} walk out over pay',
      '{country} to build {N} new schools by {year}',
      'Exam results improve in {region}',
    ],
    sentences: [
      'Teachers in {city} walked out of classrooms on {weekday} to demand a {pct}% pay rise.',
      'About {big} pupils were affected by the strike, the education ministry said.',
      'The government plans to build {N} new schools and hire {N} teachers by {year}.',
      'Only {pct} percent of students passed the national mathematics exam this year.',
      'University tuition fees will rise to {money} a year under the new rules.',
      '"Our classrooms are overcrowded and our salaries have not kept up with inflation," said {person}, a teacher.',
      'School meals will be free for children from low-income families from {month}.',
      'The dropout rate fell to {dec}% in {region}, its lowest level {lasttime}.',
      'Parents complained that the new curriculum had been introduced without consultation.',
    ],
    lists: {},
  },
  {
    name: 'housing',
    weight: 4,
    headlines: ['Rents in {city} rise {pct}% in a year', '{country} unveils plan for {big} affordable homes'],
    sentences: [
      'Average rents in {city} rose by {pct} percent over the past year, according to a property website.',
      'The government promised to build {big} affordable homes over the next {n} years.',
      'House prices fell {dec}% in {month}, the first decline {lasttime}.',
      "Tenants' groups called for a cap on rent increases.",
      'Developers blamed rising construction costs and high interest rates for the slowdown.',
      '"Young people simply cannot afford to buy a home," said {person}, who heads a housing charity.',
      'Homelessness in the capital has risen by {pct}% since {year}, the city council said.',
      'The number of building permits issued fell to {N} in the {x:quarter} quarter.',
    ],
    lists: { quarter: ['first', 'second', 'third', 'fourth'] },
  },
  {
    name: 'conflict',
    weight: 6,
    headlines: [
      'Fighting in {region} of {country} kills {n}',
      'Ceasefire talks resume in {city}',
      'Rebels seize town near the border with {country2}',
    ],
    sentences: [
      'Fighting between the army and rebel forces killed at least {n} people in {region} over the weekend.',
      'Aid agencies said more than {big} people had fled their homes since {month}.',
      'The rebels said they had taken control of the town after {n} days of clashes.',
      'Talks on a ceasefire resumed in {city} under the mediation of {country2}.',
      'The army said it had repelled an attack on a base and killed {n} insurgents.',
      'The United Nations called on both sides to protect civilians and allow humanitarian access.',
      '"We have no food, no water and no medicine," said {person}, who reached a camp near {city}.',
      'Drone strikes hit a fuel depot and a power station, cutting electricity to {big} people.',
      'The conflict has killed an estimated {N} people since {year}.',
      'Human rights groups accused both sides of abuses against civilians.',
    ],
    lists: {},
  },
  {
    name: 'science',
    weight: 4,
    headlines: ['Scientists discover {x:find} in {region}', 'Space agency launches {x:mission} mission'],
    sentences: [
      'Researchers said they had discovered {x:find} during an expedition to {region}.',
      'The findings were published in the journal {x:journal} on {weekday}.',
      'The probe will travel {big} kilometres before reaching its target in {year}.',
      'The study followed {N} volunteers over {n} years.',
      '"This changes what we thought we knew," said {person}, the study\'s lead author.',
      'The team used satellite data and computer models to reach its conclusions.',
      'Funding for the {x:mission} mission was cut by {pct} percent last year.',
      'Other scientists cautioned that the results needed to be confirmed by further research.',
    ],
    lists: {
      find: ['a new species of frog', 'fossils of an early mammal', 'an ancient settlement', 'a large deposit of lithium', 'a previously unknown coral reef'], // prettier-ignore
      mission: ['lunar', 'Mars', 'asteroid', 'weather satellite', 'deep-space'],
      journal: ['Nature', 'Science', 'The Lancet', 'Cell', 'PNAS'],
    },
  },
  {
    name: 'culture',
    weight: 4,
    headlines: [
      '{person} wins top prize at {city} film festival',
      'Museum in {city} returns {n} artefacts to {country2}',
    ],
    sentences: [
      "The film by {person}, about a family torn apart by migration, won the festival's top prize.",
      'The museum agreed to return {n} artefacts that were taken during the colonial period.',
      'The festival drew more than {big} visitors over {n} days.',
      'The novel has sold {N} copies since it was published in {month}.',
      '"Art is how a country remembers," {person} said as she accepted the award.',
      'Ticket sales at cinemas rose by {pct}% compared with last year.',
      'The concert in {city} was cancelled after {n} people were injured in a crush.',
      'The government cut funding for the arts by {money} in its latest budget.',
    ],
    lists: {},
  },
];
