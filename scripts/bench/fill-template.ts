import type { NewsTopic } from './news-topic';
import type { SeededRandom } from './seeded-random';
import { cities, countries, lastTimes, months, outlets, regions, roles, weekdays } from './news-vocabulary';
import { firstNames, surnames } from './news-vocabulary';
import { coinName } from './coin-name';

/** The people and places one report keeps returning to, so its sentences read as one story. */
export interface ReportCast {
  person: string;
  person2: string;
  surname: string;
  city: string;
  city2: string;
  country: string;
  country2: string;
}

// Half the surnames and a quarter of the towns are coined, for the long tail of names in real news.
const surname = (random: SeededRandom): string =>
  random.chance(0.5) ? random.pick(surnames) : coinName(random);
const town = (random: SeededRandom): string => (random.chance(0.75) ? random.pick(cities) : coinName(random));
const fullName = (random: SeededRandom): string => `${random.pick(firstNames)} ${surname(random)}`;

export function castReport(random: SeededRandom): ReportCast {
  const first = surname(random);
  return {
    person: `${random.pick(firstNames)} ${first}`,
    person2: fullName(random),
    surname: first,
    city: town(random),
    city2: town(random),
    country: random.pick(countries),
    country2: random.pick(countries),
  };
}

const english = new Intl.NumberFormat('en-US');

function money(random: SeededRandom): string {
  const scale = random.pick(['million', 'million', 'billion']);
  const value = scale === 'billion' ? `${random.int(1, 40)}.${random.int(0, 9)}` : String(random.int(2, 900));
  return `$${value} ${scale}`;
}

/** Fills every `{slot}` of a template (see news-topic.ts); each occurrence of a number slot gets its own value. */
export function fillTemplate(
  template: string,
  topic: NewsTopic,
  cast: ReportCast,
  random: SeededRandom,
): string {
  return template.replace(/\{([a-zA-Z0-9]+)(?::([a-zA-Z0-9]+))?\}/g, (whole, slot: string, key?: string) => {
    if (slot === 'x' && key) {
      const list = topic.lists[key];
      if (!list || list.length === 0) throw new Error(`topic ${topic.name} has no list "${key}"`);
      return random.pick(list);
    }
    switch (slot) {
      case 'person':
      case 'person2':
      case 'surname':
      case 'city':
      case 'city2':
      case 'country':
      case 'country2':
        return cast[slot];
      case 'anyone':
        return fullName(random);
      case 'role':
        return random.pick(roles);
      case 'region':
        return random.pick(regions);
      case 'outlet':
        return random.pick(outlets);
      case 'weekday':
        return random.pick(weekdays);
      case 'month':
        return random.pick(months);
      case 'year':
        return String(random.int(2010, 2025));
      case 'lasttime':
        return random.pick(lastTimes);
      case 'n':
        return String(random.int(2, 60));
      case 'N':
        return english.format(random.int(100, 9999));
      case 'big':
        return english.format(random.int(10, 900) * 1000 + random.int(0, 999));
      case 'pct':
        return String(random.int(1, 95));
      case 'dec':
        return `${random.int(0, 9)}.${random.int(1, 9)}`;
      case 'money':
        return money(random);
      default:
        throw new Error(`unknown template slot ${whole}`);
    }
  });
}

/** Capitalises the first letter (a filled slot may start a sentence in lower case, e.g. "the finance minister"). */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
