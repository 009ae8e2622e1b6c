/**
 * load: one DocumentGraph → Neo4j, in one transaction, so a document is written whole or
 * not at all. An unchanged document (same text, vocabularies, curation and pipeline
 * version: the ingestHash) is skipped without a write; a changed one has its previous
 * share of the graph replaced. Rows go in batches through `UNWIND … MERGE`.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../db/connection.js';
import type { DocumentGraph, GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '../../graph/model.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model.js';
import * as q from './cypher.js';
import { chunks, groupBy } from '../../graph/batches.js';

export const BATCH_SIZE = 1000;
/** Large documents take longer than an API query may: load has its own, generous, timeout. */
export const LOAD_TX_TIMEOUT_MS = 10 * 60_000;

export interface LoadOptions {
  batchSize?: number;
  /** Testing atomicity: throw after this many batches have been sent, inside the transaction. */
  failAfterBatches?: number;
}

export interface LoadResult {
  status: 'created' | 'updated' | 'unchanged';
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

export class InjectedFailure extends Error {}

export async function loadDocumentGraph(db: Database, graph: DocumentGraph, opts: LoadOptions = {}): Promise<LoadResult> {
  const previous = await db.read(async (tx) => {
    const res = await tx.run(q.READ_INGEST_HASH, { id: graph.documentId });
    return res.records[0] ? (res.records[0].get('hash') as string | null) : undefined;
  });
  const base = { nodes: graph.nodes.length, relationships: graph.relationships.length };
  if (previous === graph.ingestHash) {
    return { status: 'unchanged', ...base, nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  }
  const session = db.driver.session({ ...(db.database ? { database: db.database } : {}), defaultAccessMode: neo4j.session.WRITE });
  try {
    const counts = await session.executeWrite((tx) => writeDocument(tx, graph, opts, previous !== undefined), {
      timeout: LOAD_TX_TIMEOUT_MS,
    });
    return { status: previous === undefined ? 'created' : 'updated', ...base, ...counts };
  } finally {
    await session.close();
  }
}

async function writeDocument(tx: ManagedTransaction, graph: DocumentGraph, opts: LoadOptions, replacing: boolean) {
  const counts = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  let batches = 0;
  const run = async (cypher: string, params: Record<string, unknown>) => {
    const res = await tx.run(cypher, params);
    const u = res.summary.counters.updates();
    counts.nodesCreated += u.nodesCreated;
    counts.relationshipsCreated += u.relationshipsCreated;
    counts.nodesDeleted += u.nodesDeleted;
    counts.relationshipsDeleted += u.relationshipsDeleted;
    return res;
  };
  const id = graph.documentId;

  // 1. Remove the previous version's share: its relationships, its own nodes, and shared nodes left bare.
  const touched = new Map<NodeLabel, Set<string>>();
  for (const t of replacing ? RELATIONSHIP_TYPES : []) {
    const res = await tx.run(q.sharedEndpoints(t), { id });
    for (const r of res.records) {
      const l = r.get('label') as NodeLabel;
      if (!touched.has(l)) touched.set(l, new Set());
      touched.get(l)!.add(r.get('id') as string);
    }
    await run(q.deleteRelationships(t), { id });
  }
  for (const l of replacing ? NODE_LABELS : []) await run(q.deleteNodes(l), { id });
  for (const [l, ids] of touched) if (NODE_LABELS.includes(l)) await run(q.deleteOrphans(l), { ids: [...ids] });

  // 2. Write nodes, label by label, then relationships grouped by (type, start label, end label).
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  for (const [l, nodes] of groupBy(graph.nodes, (n) => n.label)) {
    const shared = nodes.some((n) => !('documentId' in n.properties));
    for (const chunk of chunks(nodes, opts.batchSize ?? BATCH_SIZE)) {
      const keys = [...new Set(chunk.flatMap((n) => Object.keys(n.properties)))].sort();
      await run(q.mergeNodes(l as NodeLabel, shared, keys), { rows: chunk.map(nodeRow) });
      if (++batches === opts.failAfterBatches) throw new InjectedFailure(`injected failure after ${batches} batches`);
    }
  }
  const relGroups = groupBy(graph.relationships, (r) => `${r.type}|${labelOf.get(r.start)}|${labelOf.get(r.end)}`);
  for (const [key, rels] of relGroups) {
    const [type, from, to] = key.split('|') as [RelationshipType, NodeLabel, NodeLabel];
    for (const chunk of chunks(rels, opts.batchSize ?? BATCH_SIZE)) {
      await run(q.mergeRelationships(type, from, to), { rows: chunk.map(relRow) });
      if (++batches === opts.failAfterBatches) throw new InjectedFailure(`injected failure after ${batches} batches`);
    }
  }
  await run('MATCH (d:Document {id: $id}) SET d.ingestHash = $hash', { id, hash: graph.ingestHash });
  return counts;
}

function nodeRow(n: GraphNode) {
  return { id: n.id, props: stripNulls(n.properties) };
}

function relRow(r: GraphRelationship) {
  return { start: r.start, end: r.end, props: stripNulls(r.properties) };
}

/** Neo4j does not store nulls; dropping them keeps `SET n = props` and exports tidy. */
function stripNulls(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}
