/** CLI file arguments: directories expanded to their documents (sorted, for a stable order). */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliUserError } from './errors.js';

const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      // A missing file is that document's failure, reported by ingest like any other.
      out.push(input);
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(input)).filter((f) => DOCUMENT_EXTENSIONS.has(path.extname(f).toLowerCase())).sort();
      if (entries.length === 0) throw new CliUserError(`${input}: no .md or .txt documents in this directory`);
      out.push(...entries.map((f) => path.join(input, f)));
    } else {
      out.push(input);
    }
  }
  return out;
}
