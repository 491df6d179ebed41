import type { PreparedReport, ReportMeta } from '@/lib';
import type { Comparison } from '@/lib';
import type { PanelData } from '@/messaging/protocol';

// Data shaped like the engine's output, for rendering the panel without the extension (panel preview).

export const reports: ReportMeta[] = [
  {
    id: '000_980210ca50d3e85a.txt',
    title: 'Colombian leader invites Trump for firsthand look at anti-drug efforts',
    outlet: 'Yeni Şafak (English edition)',
    url: 'https://en.yenisafak.com/world/colombian-leader-invites-trump-for-firsthand-look-3711806',
    date: '2025-12-11',
    dateApproximate: true,
    language: 'en',
  },
  {
    id: '001_dbd028569688f37c.txt',
    title: 'Petro Invites Trump to Colombia Amid Escalating War of Words Over Drug Trafficking Claims',
    outlet: 'ulbhry.org',
    url: 'https://ulbhry.org/petro-invites-trump',
    date: '2025-12-11',
    dateApproximate: true,
    language: 'en',
  },
  {
    id: '002_d92dc4bad5625526.txt',
    title: "Colombia's Petro invites Trump to witness cocaine lab demolitions",
    outlet: 'News.az',
    url: 'https://news.az/news/colombias-petro-invites-trump-to-witness-cocaine-lab-demolitions',
    date: '2025-12-03',
    dateApproximate: false,
    language: 'en',
  },
];

const sentences = [
  'Colombian President Gustavo Petro has invited Donald Trump to visit Colombia and see its fight against drug trafficking.',
  'Petro said the armed forces had carried out 13 bombing raids and nearly 1,400 ground operations.',
  'He added that 2,700 tons of cocaine had been seized in a single operation.',
  'The weather in Bogotá was mild on Tuesday.',
];

const comparison: Comparison = {
  page: {
    title: 'Petro challenges Trump to see Colombia’s drug war up close',
    sentences: 4,
    self: null,
    language: 'en',
  },
  matches: [
    {
      pageSentence: sentences[0]!,
      pageIndex: 0,
      report: '002_d92dc4bad5625526.txt',
      reportSentence:
        'Colombian President Gustavo Petro extended an invitation to US President Donald Trump to visit Colombia and participate in the destruction of cocaine laboratories.',
      reportIndex: 0,
      relation: 'corroborates',
      score: 0.81,
      differences: [],
      shared: {
        words: ['invit', 'visit', 'cocain'],
        names: ['Gustavo Petro', 'Donald Trump', 'Colombia'],
        figures: [],
      },
    },
    {
      pageSentence: sentences[0]!,
      pageIndex: 0,
      report: '001_dbd028569688f37c.txt',
      reportSentence:
        'Petro said he would welcome the U.S. president to see the destruction of cocaine laboratories for himself.',
      reportIndex: 3,
      relation: 'possible',
      score: 0.19,
      differences: [],
      shared: { words: ['cocain'], names: ['Petro'], figures: [] },
    },
    {
      pageSentence: sentences[1]!,
      pageIndex: 1,
      report: '001_dbd028569688f37c.txt',
      reportSentence:
        'He noted that Colombian authorities have recorded over 1,446 ground battles and 12 bombings against illegal armed groups during his administration.',
      reportIndex: 9,
      relation: 'diverges',
      score: 0.74,
      differences: [
        { aspect: 'figure', page: '13 bombing raids', report: '12 bombings' },
        { aspect: 'figure', page: 'nearly 1,400 ground operations', report: 'over 1,446 ground battles' },
      ],
      shared: { words: ['bomb', 'ground'], names: [], figures: ['bombings', 'ground operations'] },
    },
    {
      pageSentence: sentences[1]!,
      pageIndex: 1,
      report: '000_980210ca50d3e85a.txt',
      reportSentence:
        'He further noted the Colombian military had conducted over 1,400 ground operations and numerous aerial bombardments targeting cartel leadership, mostly based on joint intelligence.',
      reportIndex: 5,
      relation: 'related',
      score: 0.52,
      differences: [],
      shared: { words: ['ground', 'oper', 'militari'], names: [], figures: [] },
    },
    {
      pageSentence: sentences[2]!,
      pageIndex: 2,
      report: '001_dbd028569688f37c.txt',
      reportSentence:
        'Petro also reported the seizure of 2,700 tons of cocaine to date — a figure he said was approaching a record-breaking 4,000 tons.',
      reportIndex: 10,
      relation: 'diverges',
      score: 0.69,
      differences: [{ aspect: 'scope', page: 'in a single operation', report: 'to date' }],
      shared: { words: ['seiz', 'cocain'], names: ['Petro'], figures: ['2,700 tons'] },
    },
    {
      pageSentence: sentences[2]!,
      pageIndex: 2,
      report: '000_980210ca50d3e85a.txt',
      reportSentence:
        'In his detailed post, Petro strongly defended his administration’s efforts, stating they had executed the largest single cocaine seizure in global history, confiscating 2,700 tons of the drug.',
      reportIndex: 4,
      relation: 'corroborates',
      score: 0.66,
      differences: [],
      shared: { words: ['seiz', 'cocain', 'singl'], names: ['Petro'], figures: ['2,700 tons'] },
    },
  ],
};

export const panelData: PanelData = {
  tab: {
    tabId: 1,
    url: 'http://127.0.0.1/article.html',
    status: 'article',
    page: { sentences, comparison },
    selection: null,
    error: null,
  },
  reports,
};

export const fullReport: PreparedReport = {
  ...reports[1]!,
  sentences: [
    'BOGOTÁ — Colombian President Gustavo Petro has renewed his public clash with U.S. President Donald Trump.',
    'He noted that Colombian authorities have recorded over 1,446 ground battles and 12 bombings against illegal armed groups during his administration.',
  ],
};
