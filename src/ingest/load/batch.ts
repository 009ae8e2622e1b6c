/**
 * Several documents in one transaction: their rows share each `UNWIND … MERGE`, so a folder of
 * small documents costs a few dozen round trips per batch instead of per document. Each
 * document stays whole: the batch commits all its documents or none, and a batch that fails
 * for any reason but a lost database is retried document by document (loadDocumentGraph),
 * so one bad document is reported alone and never takes the others down with it.
 *
 * Per-document counts are computed rather than read from Neo4j's counters (which only add up
 * for the whole transaction): a document's own nodes and relationships are all new (a
 * replaced document's previous share is deleted first); a shared node is counted for the
 * first document of the batch that brings it, if no node had its id before the batch wrote.
 */
import neo4j from 'neo4j-driver';
import { isConnectionLost, type Database } from '../../db/connection.js';
import type { DocumentGraph, NodeLabel } from '../../graph/model.js';
import { groupBy } from '../../graph/batches.js';
import * as q from './cypher.js';
import {
  CountingWriter,
  curationFor,
  isShared,
  loadDocumentGraph,
  LOAD_TX_TIMEOUT_MS,
  unchangedResult,
  type LoadOptions,
  type LoadResult,
} from './index.js';

export type BatchLoadResult = { ok: true; result: LoadResult } | { ok: false; error: unknown };

export async function loadDocumentGraphs(
  db: Database,
  graphs: readonly DocumentGraph[],
  opts: LoadOptions = {},
): Promise<BatchLoadResult[]> {
  if (graphs.length === 1) return [await settle(() => loadDocumentGraph(db, graphs[0]!, opts))];
  const stored = await db.read(async (tx) => {
    const res = await tx.run(q.READ_INGEST_HASHES, { ids: graphs.map((g) => g.documentId) });
    return new Map(
      res.records.filter((r) => r.get('stored') as boolean).map((r) => [r.get('id') as string, r.get('hash') as string | null]),
    );
  });
  // The same document twice in one batch (two copies of a file): the later one is loaded on its own, after.
  const seen = new Set<string>();
  const toWrite: DocumentGraph[] = [];
  for (const g of graphs) {
    if (isUnchanged(g, stored) || seen.has(g.documentId)) continue;
    seen.add(g.documentId);
    toWrite.push(g);
  }
  let written: Map<DocumentGraph, LoadResult>;
  try {
    written = toWrite.length > 0 ? await writeBatch(db, toWrite, opts) : new Map();
  } catch (err) {
    if (isConnectionLost(err)) throw err;
    // Find the culprit: each document alone, in order; the good ones still go in.
    const out: BatchLoadResult[] = [];
    for (const g of graphs) out.push(await settle(() => loadDocumentGraph(db, g, opts)));
    return out;
  }
  const out: BatchLoadResult[] = [];
  for (const g of graphs) {
    const result = written.get(g);
    if (result) out.push({ ok: true, result });
    else if (isUnchanged(g, stored)) out.push({ ok: true, result: unchangedResult(g) });
    else out.push(await settle(() => loadDocumentGraph(db, g, opts))); // a repeat within this batch
  }
  return out;
}

function isUnchanged(g: DocumentGraph, stored: Map<string, string | null>): boolean {
  return stored.has(g.documentId) && stored.get(g.documentId) === g.ingestHash;
}

async function writeBatch(db: Database, candidates: DocumentGraph[], opts: LoadOptions): Promise<Map<DocumentGraph, LoadResult>> {
  const session = db.driver.session({ ...(db.database ? { database: db.database } : {}), defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      async (tx) => {
        const w = new CountingWriter(tx, opts);
        const stored = await w.lockDocuments(candidates.map((g) => g.documentId));
        // Written by a concurrent ingest since the hashes were read: those are unchanged now.
        const graphs = candidates.filter((g) => stored.get(g.documentId)?.hash !== g.ingestHash);
        for (const g of graphs) if (stored.has(g.documentId)) await w.removeShare(g.documentId);
        // Which shared nodes exist already, so each document's count of new nodes is its own. Sent
        // with the writes, ahead of them: the server answers in order, so these see the graph before.
        const sharedNodes = graphs.flatMap((g) => g.nodes.filter(isShared));
        const lookups = [...groupBy(sharedNodes, (n) => n.label)].map(([label, nodes]) =>
          w.send(q.existingIds(label as NodeLabel), { ids: [...new Set(nodes.map((n) => n.id))] }),
        );
        await w.writeElements(
          graphs.flatMap((g) => g.nodes),
          graphs.flatMap((g) => g.relationships),
        );
        const existing = new Set<string>();
        for (const res of await Promise.all(lookups))
          for (const id of (res.records[0]?.get('ids') as string[] | undefined) ?? []) existing.add(id);
        const replayed = await w.replayCuration(graphs);
        await w.setIngestHashes(graphs);
        const results = new Map<DocumentGraph, LoadResult>();
        for (const g of candidates) if (!graphs.includes(g)) results.set(g, unchangedResult(g));
        for (const g of graphs) {
          let nodesCreated = 0;
          for (const n of g.nodes) {
            if (isShared(n) && existing.has(n.id)) continue;
            nodesCreated++;
            existing.add(n.id);
          }
          results.set(g, {
            status: stored.has(g.documentId) ? 'updated' : 'created',
            nodes: g.nodes.length,
            relationships: g.relationships.length,
            nodesCreated,
            relationshipsCreated: g.relationships.length,
            // Deletions are counted for the batch as a whole; they are not shown per document.
            nodesDeleted: 0,
            relationshipsDeleted: 0,
            curation: curationFor(replayed, g),
          });
        }
        return results;
      },
      { timeout: LOAD_TX_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}

async function settle(load: () => Promise<LoadResult>): Promise<BatchLoadResult> {
  try {
    return { ok: true, result: await load() };
  } catch (err) {
    if (isConnectionLost(err)) throw err;
    return { ok: false, error: err };
  }
}
