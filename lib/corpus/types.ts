import type { Language } from '../lang';

/** What is known of one report: bibliographic data for display and citation. */
export interface ReportMeta {
  /** The report's file name, used as its id everywhere. */
  id: string;
  /** From the metadata, else the text's headline; null when neither exists. */
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date `YYYY-MM-DD`, or null. */
  date: string | null;
  dateApproximate: boolean;
  language: Language;
  /** The name of the collection it belongs to (the bundled reports, or one of the reader's own). */
  collection?: string;
}

/** A report as the extension and the command load it: metadata plus its cleaned sentences. */
export interface PreparedReport extends ReportMeta {
  sentences: string[];
}
