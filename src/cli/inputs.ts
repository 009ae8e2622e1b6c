/** CLI file arguments: directories expanded to their documents (sorted, for a stable order); unreadable files named. */
import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
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

/**
 * Why a file named on the command line cannot be read, in words ("no such file or directory"),
 * or null when it can. The ingest report then starts with the file like every other problem,
 * instead of Node's "ENOENT: no such file or directory, stat '…'".
 */
export async function unreadable(file: string): Promise<string | null> {
  try {
    await access(file, constants.R_OK);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message.split('\n')[0];
    return `${file}: ${problem}`;
  }
}
