/**
 * load: one DocumentGraph → Neo4j, in one transaction, so a document is written whole or
 * not at all. An unchanged document (same text, vocabularies, curation and pipeline
 * version: the ingestHash) is skipped without a write; a changed one has its previous
 * share of the graph replaced. Rows go in batches through `UNWIND … MERGE`.
 */
import neo4j, { type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Database } from '../../db/connection.js';
import type { DocumentGraph, GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '../../graph/model.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model.js';
import * as q from './cypher.js';
import { chunks, groupBy } from '../../graph/batches.js';
import { conflictOf, replayCuration, resultsFor, type ReplayResult } from '../../curation/replay.js';
import type { CurationConflict } from '../../curation/ops.js';

/** Rows per `UNWIND`: as many as the raw baseline (bench/raw-load.ts) and import send; each is one round trip. */
export const BATCH_SIZE = 5000;
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
  /** Curation ops (API corrections, merges, removals) applied again to the new version, and those that could not be. */
  curation: CurationReplay;
}

export interface CurationReplay {
  applied: number;
  conflicts: CurationConflict[];
}

export class InjectedFailure extends Error {}

export async function loadDocumentGraph(db: Database, graph: DocumentGraph, opts: LoadOptions = {}): Promise<LoadResult> {
  // Fast path without a write lock: most re-runs find the document unchanged.
  const previous = await db.read(async (tx) => {
    const res = await tx.run(q.READ_INGEST_HASH, { id: graph.documentId });
    return res.records[0] ? (res.records[0].get('hash') as string | null) : undefined;
  });
  if (previous === graph.ingestHash) return unchangedResult(graph);
  const session = db.driver.session({ ...(db.database ? { database: db.database } : {}), defaultAccessMode: neo4j.session.WRITE });
  try {
    const written = await session.executeWrite((tx) => writeDocumentGraph(tx, graph, opts), { timeout: LOAD_TX_TIMEOUT_MS });
    return written ?? unchangedResult(graph);
  } finally {
    await session.close();
  }
}

/**
 * One document inside a caller's write transaction: lock, replace its previous share, write,
 * replay the curation ops that touch it, stamp its hash. Null when it is already stored with
 * this hash. `kg diff` runs this in a transaction it rolls back.
 */
export async function writeDocumentGraph(tx: ManagedTransaction, graph: DocumentGraph, opts: LoadOptions = {}): Promise<LoadResult | null> {
  const w = new CountingWriter(tx, opts);
  const stored = (await w.lockDocuments([graph.documentId])).get(graph.documentId);
  // Written by someone else since the fast path looked: nothing to do.
  if (stored?.hash === graph.ingestHash) return null;
  if (stored) await w.removeShare(graph.documentId);
  await w.writeElements(graph.nodes, graph.relationships);
  const replayed = await w.replayCuration([graph]);
  await w.setIngestHashes([graph]);
  return {
    status: stored ? 'updated' : 'created',
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    ...w.counts,
    curation: curationFor(replayed, graph),
  };
}

export function unchangedResult(g: DocumentGraph): LoadResult {
  const none = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  return {
    status: 'unchanged',
    nodes: g.nodes.length,
    relationships: g.relationships.length,
    ...none,
    curation: { applied: 0, conflicts: [] },
  };
}

/** What the replay did for one document of those just written. */
export function curationFor(results: readonly ReplayResult[], g: DocumentGraph): CurationReplay {
  const mine = resultsFor(results, g.documentId, new Set(g.nodes.map((n) => n.id)));
  return {
    applied: mine.filter((r) => r.outcome === 'applied').length,
    conflicts: mine.filter((r) => r.outcome === 'conflict').map(conflictOf),
  };
}

/**
 * The writes of one transaction, with Neo4j's update counters summed. Used for one document
 * (loadDocumentGraph) and for several at once (loadDocumentGraphs in batch.ts): the same
 * queries, only the rows of several documents share each `UNWIND`.
 */
export class CountingWriter {
  readonly counts = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  private batches = 0;
  private pending: Promise<unknown>[] = [];
  /** Meetings several documents record, touched by this transaction: their values are reconciled before it commits. */
  private readonly sharedMeetings = new Set<string>();

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly opts: LoadOptions,
  ) {}

  async run(cypher: string, params: Record<string, unknown>) {
    const res = await this.tx.run(cypher, params);
    this.add(res.summary.counters.updates());
    return res;
  }

  /**
   * Sends a query without waiting for its answer (see drain). The queries of one transaction
   * run on the server in the order they were sent, so one that needs no answer before the next
   * is sent need not wait for a round trip. In ingestFiles this thread reads the next documents
   * while a batch is written: a query awaited one by one waited, besides its round trip, for the
   * end of whatever document was being read when its answer came, and the database idled meanwhile.
   */
  send(cypher: string, params: Record<string, unknown>): Promise<QueryResult> {
    const res = this.tx.run(cypher, params).then((r) => {
      this.add(r.summary.counters.updates());
      return r;
    });
    // Awaited by drain (or by the caller); this only keeps a transaction given up early from leaving it unhandled.
    res.catch(() => undefined);
    this.pending.push(res);
    return res;
  }

  /** Waits for every query sent so far; the first failure is thrown (the transaction is lost then anyway). */
  async drain(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
  }

  private add(u: ReturnType<QueryResult['summary']['counters']['updates']>): void {
    this.counts.nodesCreated += u.nodesCreated;
    this.counts.relationshipsCreated += u.relationshipsCreated;
    this.counts.nodesDeleted += u.nodesDeleted;
    this.counts.relationshipsDeleted += u.relationshipsDeleted;
  }

  /** Locks the documents (see LOCK_DOCUMENTS) and says which were stored before, with their hashes. */
  async lockDocuments(ids: string[]): Promise<Map<string, { hash: string | null }>> {
    const res = await this.run(q.LOCK_DOCUMENTS, { ids });
    const out = new Map<string, { hash: string | null }>();
    for (const r of res.records) if (r.get('stored') as boolean) out.set(r.get('id') as string, { hash: r.get('hash') as string | null });
    return out;
  }

  /** The previous version's share of a document: its relationships, its own nodes, and shared nodes left bare. */
  async removeShare(id: string): Promise<void> {
    const touched = new Map<NodeLabel, Set<string>>();
    for (const t of RELATIONSHIP_TYPES) {
      const res = await this.tx.run(q.sharedEndpoints(t), { id });
      for (const r of res.records) {
        const l = r.get('label') as NodeLabel;
        if (!touched.has(l)) touched.set(l, new Set());
        touched.get(l)!.add(r.get('id') as string);
      }
      await this.run(q.deleteRelationships(t), { id });
    }
    for (const m of touched.get('Meeting') ?? []) this.sharedMeetings.add(m);
    for (const l of NODE_LABELS) await this.run(q.deleteNodes(l), { id });
    for (const [l, ids] of touched) if (NODE_LABELS.includes(l)) await this.run(q.deleteOrphans(l), { ids: [...ids] });
  }

  /** Nodes label by label, then relationships grouped by (type, start label, end label), in chunks; sent at once (send), then awaited. */
  async writeElements(nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]): Promise<void> {
    const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
    for (const n of nodes) if (n.label === 'Meeting' && isShared(n)) this.sharedMeetings.add(n.id);
    for (const [l, group] of groupBy(nodes, (n) => n.label)) {
      const shared = group.some(isShared);
      for (const chunk of chunks(group, this.opts.batchSize ?? BATCH_SIZE)) {
        const keys = [...new Set(chunk.flatMap((n) => Object.keys(n.properties)))].sort();
        this.send(q.mergeNodes(l as NodeLabel, shared, keys), { rows: chunk.map(nodeRow) });
        this.countBatch();
      }
    }
    const relGroups = groupBy(relationships, (r) => `${r.type}|${labelOf.get(r.start)}|${labelOf.get(r.end)}`);
    for (const [key, rels] of relGroups) {
      const [type, from, to] = key.split('|') as [RelationshipType, NodeLabel, NodeLabel];
      for (const chunk of chunks(rels, this.opts.batchSize ?? BATCH_SIZE)) {
        this.send(q.createRelationships(type, from, to), { rows: chunk.map(relRow) });
        this.countBatch();
      }
    }
    await this.drain();
  }

  /**
   * After the documents' elements are in: shared meetings reconciled from the documents that
   * still record them, then the curation ops on them applied again (src/curation/replay.ts),
   * in that order so a curator's correction of a shared meeting is not overwritten.
   */
  async replayCuration(graphs: readonly DocumentGraph[]): Promise<ReplayResult[]> {
    await this.reconcileSharedMeetings();
    return replayCuration(this.tx, {
      documentIds: graphs.map((g) => g.documentId),
      nodeIds: [...new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id)))],
    });
  }

  /**
   * Written last: a document carries its hash only once everything else of it is in. Shared
   * meetings touched by this transaction are reconciled first (RECONCILE_MEETINGS) when no
   * replay did it already.
   */
  async setIngestHashes(graphs: readonly DocumentGraph[]): Promise<void> {
    await this.reconcileSharedMeetings();
    await this.run(q.SET_INGEST_HASHES, { rows: graphs.map((g) => ({ id: g.documentId, hash: g.ingestHash })) });
  }

  /** The shared meetings this transaction touched take their values from the documents that still record them. */
  async reconcileSharedMeetings(): Promise<void> {
    if (this.sharedMeetings.size === 0) return;
    await this.run(q.RECONCILE_MEETINGS, { ids: [...this.sharedMeetings] });
    this.sharedMeetings.clear();
  }

  private countBatch(): void {
    if (++this.batches === this.opts.failAfterBatches) throw new InjectedFailure(`injected failure after ${this.batches} batches`);
  }
}

/** Shared nodes (organizations, concepts, places…) belong to no document; the rest carry their document's id. */
export function isShared(n: GraphNode): boolean {
  return !('documentId' in n.properties);
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
