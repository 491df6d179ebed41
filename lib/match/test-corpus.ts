import { loadCorpus } from '../corpus/load-corpus';
import { prepareCorpus, type RawReport } from '../corpus/prepare-corpus';
import type { Corpus } from '../corpus/corpus';

/** A small corpus for tests, prepared the way the build prepares the bundled one. */
export function testCorpus(reports: RawReport[], commonStems: string[] = []): Corpus {
  return loadCorpus(prepareCorpus(reports, commonStems));
}

export const REPORT_A: RawReport = {
  id: 'a.txt',
  meta: { outlet: 'Outlet A', date: '2025-12-03', url: 'https://a.example/petro-trump' },
  text: [
    'Petro invites Trump to see the drug war',
    'Colombian President Gustavo Petro invited US President Donald Trump to visit Colombia and watch the destruction of cocaine laboratories.',
    'Petro said Colombia had made the largest single cocaine seizure in history, 2,700 tons of the drug.',
    'The military conducted over 1,400 ground operations and 13 bombing raids against armed groups.',
    'Colombia destroys 9 laboratories a day, the defence ministry said.',
    'The US Drug Enforcement Administration said 84% of the cocaine seized in 2024 came from Colombia.',
    'Gustavo Petro and Donald Trump spoke about Colombia on Tuesday.',
  ].join('\n'),
};

export const REPORT_B: RawReport = {
  id: 'b.txt',
  meta: { outlet: 'Outlet B', date: '2025-12-11' },
  text: [
    'Trump and Petro trade words',
    'Petro reported the seizure of 2,700 tons of cocaine to date, approaching a record 4,000 tons.',
    'Authorities recorded over 1,446 ground battles and 12 bombings during his administration.',
    'Petro said his forces destroy one laboratory every 40 minutes.',
    'Trump has maintained that Petro has been “quite hostile” toward the United States.',
  ].join('\n'),
};
