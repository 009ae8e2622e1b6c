/**
 * The corpus the kills interrupt: seeded synthetic documents written to a directory, in
 * name order (the order `kg ingest DIR` takes them). The full version puts one large
 * document (a dozen panels of eighty panellists: a load of many batches, seconds long) near
 * the end, so one kill can land deep inside a long transaction.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateDocument, mulberry32, organizationPool } from '../../corpus/synthetic-corpus.js';

export interface Corpus {
  dir: string;
  files: string[];
  /** Index (in `files`) of the large document, if any. */
  largeIndex: number | null;
}

export async function writeCorpus(dir: string, documents: number, largeIndex: number | null, seed = 5): Promise<Corpus> {
  await mkdir(dir, { recursive: true });
  const rand = mulberry32(seed);
  const pool = organizationPool(Math.max(20, Math.round(documents / 4)), rand);
  const files: string[] = [];
  for (let i = 0; i < documents; i++) {
    const opts = i === largeIndex ? { panels: 12, panellists: 80 } : {};
    const file = path.join(dir, `fault-doc-${String(i).padStart(4, '0')}.md`);
    await writeFile(file, generateDocument(i, pool, rand, opts));
    files.push(file);
  }
  return { dir, files, largeIndex };
}
