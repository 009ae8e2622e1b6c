/**
 * Restore: a backup (the JSON export) into an empty database. Writes go in batches of
 * `UNWIND … CREATE` (one transaction each: a million elements in one transaction would need
 * gigabytes of server memory). All or nothing all the same: the target was empty, so if any
 * batch fails the partial restore is deleted before the error is reported.
 */
import type { Database } from '../db/connection.js';
import type { GraphSnapshot, SnapshotRelationship } from '../export/snapshot.js';
import { migrate } from '../db/migrations.js';
import { emptyGraph } from '../db/empty-graph.js';
import * as q from './cypher.js';
import { chunks, groupBy } from '../graph/batches.js';

export { readBackupFile, BackupFormatError } from './backup-file.js';

export class ImportRefusedError extends Error {}

export interface ImportOptions {
  batchSize?: number;
  /** Testing atomicity: fail after this many batches. */
  failAfterBatches?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface ImportResult {
  nodes: number;
  relationships: number;
}

const BATCH_SIZE = 5000;

export async function importSnapshot(db: Database, snapshot: GraphSnapshot, opts: ImportOptions = {}): Promise<ImportResult> {
  const [{ nodes: existing } = { nodes: 0 }] = await db.query<{ nodes: number }>(q.COUNT_ELEMENTS);
  if (existing > 0)
    throw new ImportRefusedError(
      `the database is not empty (${existing} nodes): a backup is restored into an empty database only, so nothing is overwritten or mixed`,
    );
  // Constraints and indexes first: relationships find their endpoints by id through them.
  await migrate(db);
  const total = snapshot.nodes.length + snapshot.relationships.length;
  const size = opts.batchSize ?? BATCH_SIZE;
  let written = 0;
  let batches = 0;
  try {
    // Small groups (a relationship type between two labels may have a handful of rows) share
    // a transaction: one per group made a restore of the seed take seconds.
    for (const batch of packed(statements(snapshot, size), size)) {
      await db.write(async (tx) => {
        for (const s of batch) await tx.run(s.cypher, { rows: s.rows });
      });
      written += batch.reduce((n, s) => n + s.rows.length, 0);
      if (++batches === opts.failAfterBatches) throw new Error(`injected failure after ${batches} batches`);
      opts.onProgress?.(written, total);
    }
  } catch (err) {
    await emptyGraph(db);
    throw err;
  }
  return { nodes: snapshot.nodes.length, relationships: snapshot.relationships.length };
}

interface Statement {
  cypher: string;
  rows: unknown[];
}

/** Nodes first (grouped by label set), then relationships grouped by (type, start label, end label). */
function* statements(snapshot: GraphSnapshot, size: number): Generator<Statement> {
  const labelsOf = new Map<string, string[]>();
  for (const [key, nodes] of groupBy(snapshot.nodes, (n) => n.labels.join(':'))) {
    for (const n of nodes) labelsOf.set(n.id, n.labels);
    for (const chunk of chunks(nodes, size))
      yield { cypher: q.createNodes(key.split(':')), rows: chunk.map((n) => ({ properties: { ...n.properties, id: n.id } })) };
  }
  const first = (id: string) => labelsOf.get(id)![0]!;
  for (const [key, rels] of groupBy(snapshot.relationships, (r: SnapshotRelationship) => `${r.type}|${first(r.start)}|${first(r.end)}`)) {
    const [type, from, to] = key.split('|') as [string, string, string];
    for (const chunk of chunks(rels, size))
      yield {
        cypher: q.createRelationships(type, from, to),
        rows: chunk.map((r) => ({ start: r.start, end: r.end, properties: r.properties })),
      };
  }
}

/** Consecutive statements, packed into transactions of at most `size` rows (a bigger statement goes alone). */
function* packed(items: Iterable<Statement>, size: number): Generator<Statement[]> {
  let batch: Statement[] = [];
  let rows = 0;
  for (const s of items) {
    if (batch.length > 0 && rows + s.rows.length > size) {
      yield batch;
      batch = [];
      rows = 0;
    }
    batch.push(s);
    rows += s.rows.length;
  }
  if (batch.length > 0) yield batch;
}
