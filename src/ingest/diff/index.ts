/**
 * `kg diff`: what re-ingesting documents would change, before anything is replaced. Each
 * file goes through the same pipeline as `kg ingest` (parse, extract, resolve, curation
 * file); its new version is then written, with the curation ops replayed, inside a
 * transaction that is always rolled back, and the document's share is read before and
 * after. So the diff is exactly what an ingest would do, conflicts included, and nothing is
 * ever committed.
 */
import neo4j from 'neo4j-driver';
import { isConnectionLost, type Database } from '../../db/connection.js';
import type { CurationConflict } from '../../curation/ops.js';
import { Ingestor, type IngestOptions, type PreparedDocument } from '../index.js';
import { LOAD_TX_TIMEOUT_MS, writeDocumentGraph, type LoadResult } from '../load/index.js';
import * as q from '../load/cypher.js';
import { failureMessage, UserInputError } from '../read-document.js';
import { compareShares, type FactChange, type ShareDiff } from './compare.js';
import { readDocumentShare } from './share.js';

export interface DiffReport {
  file: string;
  documentId: string | null;
  /** new: not in the graph yet; changed: would be replaced; unchanged: same text, vocabularies, curation file and pipeline; failed. */
  status: 'new' | 'changed' | 'unchanged' | 'failed';
  facts: FactChange[];
  structure: ShareDiff['structure'];
  counts: { appeared: number; disappeared: number; changed: number };
  /** Curation ops that an ingest would apply again, and those that would conflict. */
  curationApplied: number;
  curationConflicts: CurationConflict[];
  error: string | null;
}

export async function diffFiles(db: Database, files: readonly string[], opts: IngestOptions = {}): Promise<DiffReport[]> {
  const ingestor = await Ingestor.create(db, opts);
  const out: DiffReport[] = [];
  for (const file of files) out.push(await settle(file, () => diffOne(db, () => ingestor.prepareFile(file), file)));
  return out;
}

/** One document's bytes, as the API receives them. */
export async function diffBytes(db: Database, bytes: Uint8Array, sourceFile: string, opts: IngestOptions = {}): Promise<DiffReport> {
  const ingestor = await Ingestor.create(db, opts);
  return settle(sourceFile, () => diffOne(db, () => ingestor.prepareBytes(bytes, sourceFile), sourceFile));
}

/** A document that cannot be read is that document's failure; a lost database stops the run. */
async function settle(file: string, work: () => Promise<DiffReport>): Promise<DiffReport> {
  try {
    return await work();
  } catch (err) {
    if (isConnectionLost(err)) throw err;
    return { ...empty(file, null, 'failed'), error: err instanceof UserInputError ? err.message : failureMessage(file, err) };
  }
}

async function diffOne(db: Database, prepare: () => Promise<PreparedDocument>, file: string): Promise<DiffReport> {
  const { graph } = await prepare();
  const stored = await db.read(async (tx) => {
    const res = await tx.run(q.READ_INGEST_HASH, { id: graph.documentId });
    return res.records[0] ? { hash: res.records[0].get('hash') as string | null } : null;
  });
  if (stored && stored.hash === graph.ingestHash) return empty(file, graph.documentId, 'unchanged');
  const session = db.driver.session({ ...(db.database ? { database: db.database } : {}), defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(
      async (tx) => {
        const before = await readDocumentShare(tx, graph.documentId);
        const written = await writeDocumentGraph(tx, graph);
        const after = await readDocumentShare(tx, graph.documentId);
        // Thrown to roll the transaction back: a diff never writes.
        throw new RolledBack({ diff: compareShares(before, after), written });
      },
      { timeout: LOAD_TX_TIMEOUT_MS },
    );
    throw new Error('kg diff: the trial write was not rolled back');
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
    const { diff, written } = err.outcome;
    const count = (c: FactChange['change']) => diff.facts.filter((f) => f.change === c).length;
    return {
      file,
      documentId: graph.documentId,
      status: stored ? 'changed' : 'new',
      facts: diff.facts,
      structure: diff.structure,
      counts: { appeared: count('appeared'), disappeared: count('disappeared'), changed: count('changed') },
      curationApplied: written?.curation.applied ?? 0,
      curationConflicts: written?.curation.conflicts ?? [],
      error: null,
    };
  } finally {
    await session.close();
  }
}

class RolledBack extends Error {
  constructor(readonly outcome: { diff: ShareDiff; written: LoadResult | null }) {
    super('rolled back');
  }
}

function empty(file: string, documentId: string | null, status: DiffReport['status']): DiffReport {
  const none = { appeared: 0, disappeared: 0, changed: 0 };
  return { file, documentId, status, facts: [], structure: none, counts: none, curationApplied: 0, curationConflicts: [], error: null };
}
