import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticReport } from './generate-corpus';

interface ReportsJson {
  reports?: { id: string; title?: string | null; outlet?: string | null; date?: string | null }[];
}

/** Reads the bundled reports (the .txt files of a seeds folder, ids = file names) with their reports.json metadata. */
export function loadBundledReports(dir: string): SyntheticReport[] {
  if (!existsSync(dir)) throw new Error(`no bundled reports at ${dir}`);
  const metaPath = join(dir, 'reports.json');
  const meta = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, 'utf8')) as ReportsJson).reports
    : [];
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no .txt reports in ${dir}`);
  return files.map((id) => {
    const known = meta?.find((entry) => entry.id === id);
    return {
      id,
      text: readFileSync(join(dir, id), 'utf8'),
      meta: known
        ? { title: known.title ?? null, outlet: known.outlet ?? null, date: known.date ?? null }
        : {},
    };
  });
}
