import { Corpus } from './corpus';
import { checkClaimClusters } from './claim-clusters';
import { checkReportArrays, preparedCorpusSchema } from './corpus-format';

/**
 * Loads a prepared corpus (the JSON `npm run prepare-corpus` writes). Throws an Error whose message
 * says what is wrong with the file, never a bare schema dump.
 */
export function loadCorpus(json: unknown): Corpus {
  const parsed = preparedCorpusSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new Error(
      `Not a Crosscheck corpus file${where}: ${issue?.message ?? 'unreadable'}. Run "npm run prepare-corpus".`,
    );
  }
  for (const report of parsed.data.reports) {
    const problem = checkReportArrays(report, parsed.data.vocabulary.length);
    if (problem) throw new Error(`Not a Crosscheck corpus file: ${problem}. Run "npm run prepare-corpus".`);
  }
  const sentences = parsed.data.reports.reduce((n, report) => n + report.sentences.length, 0);
  const problem = checkClaimClusters(parsed.data.claimClusters ?? [], sentences);
  if (problem) throw new Error(`Not a Crosscheck corpus file: ${problem}. Run "npm run prepare-corpus".`);
  return new Corpus(parsed.data);
}

export type { Corpus };
