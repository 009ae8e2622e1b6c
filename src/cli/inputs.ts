/** CLI file arguments: directories expanded to their files (sorted, for a stable order) */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliUserError } from './errors.js';

/**
 * What a folder is searched for. `.doc` is listed although it cannot be read: the parser
 * refuses it with what to do ("save it as .docx or PDF"), which a person needs more than a
 * silent skip.
 */
const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.pdf', '.docx', '.doc']);

export interface InputEntry {
  file: string;
  /** Why this file of a folder is not ingested ("unsupported type .xlsx"), or null. */
  skip: string | null;
}

/** Every file named or found in a named folder, in order, each either to ingest or skipped with its reason. */
export async function expandInputEntries(inputs: string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      // A missing file is that document's failure, reported by ingest like any other.
      out.push({ file: input, skip: null });
      continue;
    }
    if (!info.isDirectory()) {
      out.push({ file: input, skip: null });
      continue;
    }
    const names = (await readdir(input, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const found: InputEntry[] = names.map((e) => ({ file: path.join(input, e.name), skip: skipReason(e.name, e.isDirectory()) }));
    if (!found.some((x) => x.skip === null)) {
      const others = found.length === 0 ? 'it is empty' : `it holds ${found.map((x) => path.basename(x.file)).join(', ')}`;
      throw new CliUserError(`${input}: no documents (.md, .txt, .pdf, .docx) in this directory; ${others}`);
    }
    out.push(...found);
  }
  return out;
}

function skipReason(name: string, isDirectory: boolean): string | null {
  if (isDirectory) return 'a folder (folders inside folders are not searched)';
  const ext = path.extname(name).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(ext)) return null;
  return `unsupported type${ext ? ` ${ext}` : ' (no extension)'}; kg reads .md, .txt, .pdf and .docx`;
}

/** The files to ingest (directories expanded; other files of a directory left out). */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  return (await expandInputEntries(inputs)).filter((e) => e.skip === null).map((e) => e.file);
}
