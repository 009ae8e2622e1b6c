/**
 * Curation operations: every correction, merge and removal made through the API is kept as
 * a CurationOp node on the stable ids it touched, written in the same transaction as the
 * change itself. Re-ingesting a document replaces its share of the graph from the text;
 * the ops that touch it are then applied again in that same transaction (replay.ts), so a
 * curator's work survives a new pipeline, vocabulary or wording, and one that can no
 * longer apply is marked `conflict` with its reason instead of vanishing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { CREATE_OP, DOCUMENTS_OF, SUPERSEDE_CORRECTIONS } from './cypher.js';

export type CurationAction = 'correctNode' | 'mergeOrganizations' | 'removeFact';

/** active: in force; conflict: could not be applied at the last re-ingest (see `conflict`); undone; superseded by a later correction. */
export type CurationStatus = 'active' | 'conflict' | 'undone' | 'superseded';

export interface EdgeKey {
  type: string;
  source: string;
  target: string;
  documentId: string;
}

/** What each action needs to be applied again, and to tell whether it still can be. */
export type OpPayload =
  | { action: 'correctNode'; id: string; set: Record<string, unknown>; before: Record<string, unknown> }
  | { action: 'mergeOrganizations'; keep: string; absorb: string }
  | { action: 'removeFact'; kind: 'node'; id: string; documentId: string | null }
  | { action: 'removeFact'; kind: 'relationship'; edge: EdgeKey };

/** A CurationOp node as stored (payload as JSON text, which Neo4j can hold). */
export interface StoredOp {
  id: string;
  auditId: string;
  action: CurationAction;
  targets: string[];
  keys: string[];
  documentIds: string[];
  payload: string;
  who: string;
  at: string;
  reason?: string | null;
  status: CurationStatus;
  conflict?: string | null;
}

/** One op that could not be applied at a re-ingest, as ingest reports it. */
export interface CurationConflict {
  opId: string;
  auditId: string;
  action: CurationAction;
  targets: string[];
  who: string;
  at: string;
  reason: string;
}

export function opIdOf(auditId: string): string {
  return `curation:${auditId.replace(/^audit:/, '')}`;
}

/** The documents whose re-ingestion can undo an op on these nodes: call before the change (a removal takes its node away). */
export async function documentsOf(tx: ManagedTransaction, nodeIds: string[]): Promise<string[]> {
  const res = await tx.run(DOCUMENTS_OF, { ids: nodeIds });
  return ((res.records[0]?.get('documentIds') as string[] | undefined) ?? []).slice().sort();
}

export interface NewOp {
  auditId: string;
  who: string;
  at: string;
  reason?: string | null;
  targets: string[];
  documentIds: string[];
  payload: OpPayload;
}

/** Writes the op (status active). A correction retires older ones of the same node whose every key it sets again. */
export async function recordOp(tx: ManagedTransaction, op: NewOp): Promise<string> {
  const id = opIdOf(op.auditId);
  const keys = op.payload.action === 'correctNode' ? Object.keys(op.payload.set).sort() : [];
  const stored: Record<string, unknown> = {
    id,
    auditId: op.auditId,
    action: op.payload.action,
    targets: op.targets,
    keys,
    documentIds: op.documentIds,
    payload: JSON.stringify(op.payload),
    who: op.who,
    at: op.at,
    status: 'active',
  };
  if (op.reason) stored.reason = op.reason;
  await tx.run(CREATE_OP, { op: stored });
  if (op.payload.action === 'correctNode') await tx.run(SUPERSEDE_CORRECTIONS, { id: op.payload.id, newId: id, keys });
  return id;
}
