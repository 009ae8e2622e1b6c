/**
 * A worker thread's task (run by piscina, see read-pool.ts): read one file and return its
 * parsed structure and facts, or the one-line reason it could not be read. Failures travel as
 * text because an Error crossing threads loses its class and its `code`.
 */
import { loadVocabularies } from '../extract/load-vocabularies.js';
import type { Vocabularies } from '../extract/vocabulary.js';
import { failureMessage, readDocumentFile, type ReadDocument } from '../read-document.js';

export interface ReadTask {
  file: string;
  vocabularyDir: string;
}

export type ReadOutcome = { ok: true; doc: ReadDocument } | { ok: false; error: string };

const vocabularies = new Map<string, Promise<Vocabularies>>();

export default async function readTask(task: ReadTask): Promise<ReadOutcome> {
  try {
    let vocab = vocabularies.get(task.vocabularyDir);
    if (!vocab) vocabularies.set(task.vocabularyDir, (vocab = loadVocabularies(task.vocabularyDir)));
    return { ok: true, doc: await readDocumentFile(task.file, await vocab) };
  } catch (err) {
    return { ok: false, error: failureMessage(task.file, err) };
  }
}
