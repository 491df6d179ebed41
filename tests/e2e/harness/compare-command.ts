import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { CompareJson } from './read-panel';
import { ROOT } from './static-server';

// Runs the project's own `compare --json` on a file: what the panel must show for the same page.

const run = promisify(execFile);

export async function compareJson(file: string): Promise<CompareJson> {
  const { stdout } = await run('npm', ['run', '--silent', 'compare', '--', '--json', file], {
    cwd: ROOT,
    maxBuffer: 20 * 1024 * 1024,
  });
  return JSON.parse(stdout) as CompareJson;
}

/** Rounds scores so a number printed by the command and one read back from the DOM compare equal. */
export function comparable(json: CompareJson): CompareJson {
  return { ...json, matches: json.matches.map((m) => ({ ...m, score: Math.round(m.score * 1000) / 1000 })) };
}

const RANK = { diverges: 0, corroborates: 1, related: 2 } as const;
type Relation = keyof typeof RANK;

/** Which page sentences should be highlighted with which relation: each claim's strongest, in page order. */
export function expectedHighlights(json: CompareJson): Record<Relation, string[]> {
  const strongest = new Map<string, Relation>();
  for (const m of json.matches) {
    // Possible versions are offered in the panel, never highlighted.
    if (m.relation === 'possible') continue;
    const relation = m.relation as Relation;
    const known = strongest.get(m.pageSentence);
    if (known === undefined || RANK[relation] < RANK[known]) strongest.set(m.pageSentence, relation);
  }
  const want: Record<Relation, string[]> = { diverges: [], corroborates: [], related: [] };
  for (const [sentence, relation] of strongest) want[relation].push(sentence.replace(/\s+/g, ' ').trim());
  return want;
}
