import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { reportsListingSchema, type RawReport } from '../lib';
import { InputError } from './input-error';
import { formatSize, LIMITS, readTextFile, statInput } from './read-file-limited';
import { readPage } from './read-page';

const PAGE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/**
 * Reads a folder of reports (.txt, .md, .html; the file name is the report id) with the metadata
 * of an optional reports.json beside them. Text files are passed raw: preparation cleans them.
 */
export function readCorpusDir(dir: string): RawReport[] {
  if (!existsSync(dir)) throw new InputError(`No corpus folder at ${dir}.`);
  if (!statInput(dir).isDirectory())
    throw new InputError(`${dir} is a file; --corpus takes a folder of reports.`);
  const entries = readdirSync(dir, { withFileTypes: true }).filter((entry) =>
    PAGE_EXTENSIONS.has(extname(entry.name).toLowerCase()),
  );
  const folder = entries.find((entry) => !entry.isFile());
  if (folder) throw new InputError(`${join(dir, folder.name)} is not a report file (a folder or a link).`);
  const files = entries.map((entry) => entry.name).sort();
  if (files.length === 0) throw new InputError(`${dir} has no .txt, .md or .html reports.`);
  const total = files.reduce((sum, f) => sum + statInput(join(dir, f)).size, 0);
  if (total > LIMITS.corpus)
    throw new InputError(
      `The reports in ${dir} take ${formatSize(total)}, more than the ${formatSize(LIMITS.corpus)} Crosscheck reads as a corpus.`,
    );
  const meta = new Map(readMetadata(join(dir, 'reports.json')).map((m) => [m.id, m]));
  return files.map((id) => {
    const path = join(dir, id);
    const known = meta.get(id);
    const ext = extname(id).toLowerCase();
    const page = ext === '.html' || ext === '.htm' ? readPage(path) : null;
    const text = page
      ? [page.title, page.text].filter(Boolean).join('\n')
      : readTextFile(path, { maxBytes: LIMITS.textReport, what: 'a report', allowEmpty: true });
    return {
      id,
      text,
      meta: {
        title: known?.title ?? page?.title ?? undefined,
        outlet: known?.outlet ?? null,
        url: known?.url ?? page?.url ?? null,
        date: known?.date ?? null,
        dateApproximate: known?.dateApproximate ?? false,
        ...(known?.language ? { language: known.language } : {}),
      },
    };
  });
}

type Metadata = z.infer<typeof reportsListingSchema>['reports'];

/** The reports' metadata from reports.json, none when there is no such file; one sentence when it is bad. */
function readMetadata(path: string): Metadata {
  if (!existsSync(path)) return [];
  const text = readTextFile(path, { maxBytes: LIMITS.textReport * 10, what: 'a reports.json file' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path} is not valid JSON (${(error as Error).message.split('\n')[0]}).`);
  }
  const parsed = reportsListingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new InputError(
      `${path} is not a list of reports${where}: ${issue?.message ?? 'unexpected shape'}.`,
    );
  }
  return parsed.data.reports;
}
