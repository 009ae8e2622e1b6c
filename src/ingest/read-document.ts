/**
 * The pure half of ingestion: a file's bytes → its structure (parse) and what it says
 * (extract). No database, no shared state, so it runs the same in the main thread or in a
 * worker thread (see workers/), and the same bytes always give the same facts.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseFile, MAX_DOCUMENT_BYTES, MAX_FILE_BYTES } from './parse/index.js';
import type { ParsedDocument } from './parse/parsed-document.js';
import { extractFacts } from './extract/index.js';
import type { DocumentFacts } from './extract/facts.js';
import type { Vocabularies } from './extract/vocabulary.js';

export interface ReadDocument {
  parsed: ParsedDocument;
  facts: DocumentFacts;
}

export class UserInputError extends Error {}

export async function readDocumentBytes(raw: Uint8Array, sourceFile: string, vocab: Vocabularies): Promise<ReadDocument> {
  const parsed = await parseFile(raw, sourceFile);
  return { parsed, facts: extractFacts(parsed, vocab) };
}

export async function readDocumentFile(file: string, vocab: Vocabularies): Promise<ReadDocument> {
  const info = await stat(file);
  if (!info.isFile()) throw new UserInputError(`${file}: not a file`);
  // Refuse before reading a huge file into memory; parse repeats the check on the bytes, with the
  // limit of the kind it finds (text, or the larger one of PDF and Word files).
  const limit = Math.max(MAX_DOCUMENT_BYTES, MAX_FILE_BYTES);
  if (info.size > limit) throw new UserInputError(`${file}: file is ${info.size} bytes, over the limit of ${limit}`);
  return readDocumentBytes(await readFile(file), file, vocab);
}

/** One line for a document that could not be read, starting with the file, in a reader's words. */
export function failureMessage(file: string, err: unknown): string {
  const message = fileSystemProblem(err) ?? (err as Error).message?.split('\n')[0] ?? String(err);
  return message.includes(file) || message.includes(file.split('/').pop() ?? file) ? message : `${file}: ${message}`;
}

/** Node's file errors ("ENOENT: no such file or directory, stat 'x'") in a reader's words. */
function fileSystemProblem(err: unknown): string | null {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a document';
    default:
      return null;
  }
}
