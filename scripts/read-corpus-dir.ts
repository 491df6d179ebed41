import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type { RawReport } from '../lib';
import { InputError, readPage } from './read-page';

const metadataSchema = z.object({
  reports: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable().optional(),
      outlet: z.string().nullable().optional(),
      url: z.string().nullable().optional(),
      date: z.string().nullable().optional(),
      dateApproximate: z.boolean().optional(),
      language: z.enum(['en', 'es']).optional(),
    }),
  ),
});

const PAGE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/**
 * Reads a folder of reports (.txt, .md, .html; the file name is the report id) with the metadata
 * of an optional reports.json beside them. Text files are passed raw: preparation cleans them.
 */
export function readCorpusDir(dir: string): RawReport[] {
  if (!existsSync(dir)) throw new InputError(`No corpus folder at ${dir}.`);
  const files = readdirSync(dir)
    .filter((f) => PAGE_EXTENSIONS.has(extname(f).toLowerCase()))
    .sort();
  if (files.length === 0) throw new InputError(`${dir} has no .txt, .md or .html reports.`);
  const metaFile = join(dir, 'reports.json');
  let meta: z.infer<typeof metadataSchema>['reports'] = [];
  if (existsSync(metaFile)) {
    const parsed = metadataSchema.safeParse(JSON.parse(readFileSync(metaFile, 'utf8')));
    if (!parsed.success)
      throw new InputError(`${metaFile} is not a list of reports: ${parsed.error.issues[0]?.message}.`);
    meta = parsed.data.reports;
  }
  return files.map((id) => {
    const path = join(dir, id);
    const known = meta.find((m) => m.id === id);
    const ext = extname(id).toLowerCase();
    const page = ext === '.html' || ext === '.htm' ? readPage(path) : null;
    const text = page ? [page.title, page.text].filter(Boolean).join('\n') : readFileSync(path, 'utf8');
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
