/**
 * Re-applying curation after documents were (re)written, inside the load's transaction, so
 * a document is never visible without its corrections. Each op is checked first: its
 * targets must exist and, for a correction, the value the machine reads now must be the one
 * the curator corrected (or already the corrected one). Otherwise the op is marked
 * `conflict` with the reason, and tried again at the next re-ingest; an op that applies
 * again goes back to `active`. Nothing is dropped in silence.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { isDeepStrictEqual } from 'node:util';
import { mergedAliases } from './aliases.js';
import {
  DELETE_NODE,
  DELETE_RELATIONSHIP,
  MOVE_RELATIONSHIPS,
  NODE_PROPERTIES,
  NODE_STATE,
  OPS_TO_REPLAY,
  RELATIONSHIP_EXISTS,
  SET_ORGANIZATION_ALIASES,
  SET_OP_STATUS,
  SET_PROPERTIES,
} from './cypher.js';
import type { CurationConflict, OpPayload, StoredOp } from './ops.js';

export interface ReplayResult {
  op: StoredOp;
  /** applied: in force again; conflict: could not be applied (reason). */
  outcome: 'applied' | 'conflict';
  reason?: string;
}

/** Replays every op that touches these documents or nodes, oldest first, and records each op's status. */
export async function replayCuration(
  tx: ManagedTransaction,
  written: { documentIds: string[]; nodeIds: string[] },
  at: string = new Date().toISOString(),
): Promise<ReplayResult[]> {
  const res = await tx.run(OPS_TO_REPLAY, written);
  const ops = res.records.map((r) => r.get('op') as StoredOp);
  const reloaded = new Set(written.documentIds);
  const out: ReplayResult[] = [];
  for (const op of ops) {
    const reason = await applyOp(tx, op, JSON.parse(op.payload) as OpPayload, reloaded);
    const status = reason ? 'conflict' : 'active';
    await tx.run(SET_OP_STATUS, { id: op.id, status, conflict: reason ?? null, at });
    out.push(reason ? { op, outcome: 'conflict', reason } : { op, outcome: 'applied' });
  }
  return out;
}

/** Applies one op; returns why it cannot apply, or null when it is in force. */
async function applyOp(tx: ManagedTransaction, op: StoredOp, p: OpPayload, reloaded: Set<string>): Promise<string | null> {
  switch (p.action) {
    case 'correctNode': {
      const current = await propertiesOf(tx, p.id);
      if (!current) return `${p.id} is no longer in the graph: the document no longer yields it`;
      const moved = Object.keys(p.set).filter((k) => {
        const now = current[k] ?? null;
        return !isDeepStrictEqual(now, p.set[k] ?? null) && !isDeepStrictEqual(now, p.before[k] ?? null);
      });
      if (moved.length > 0) {
        const what = moved.map(
          (k) => `${k} was ${show(p.before[k])} when corrected to ${show(p.set[k])}, the document now gives ${show(current[k])}`,
        );
        return `${p.id}: ${what.join('; ')}`;
      }
      await tx.run(SET_PROPERTIES, { id: p.id, set: p.set });
      return null;
    }
    case 'mergeOrganizations': {
      const keep = await propertiesOf(tx, p.keep);
      if (!keep) return `${p.keep} (the organization kept) is no longer in the graph`;
      const absorbed = await tx.run(NODE_STATE, { id: p.absorb });
      const absorb = absorbed.records[0];
      // The absorbed organization was not read again: the merge is still in force.
      if (!absorb) return null;
      const properties = absorb.get('properties') as Record<string, unknown>;
      const relationships = (absorb.get('relationships') as { otherId: string }[]).filter((r) => r.otherId !== p.keep);
      await tx.run(MOVE_RELATIONSHIPS, { keep: p.keep, relationships, auditId: op.auditId });
      await tx.run(SET_ORGANIZATION_ALIASES, {
        keep: p.keep,
        aliases: mergedAliases(keep, properties),
        acronym: properties.acronym ?? null,
        kind: properties.kind ?? null,
      });
      await tx.run(DELETE_NODE, { id: p.absorb });
      return null;
    }
    case 'removeFact': {
      if (p.kind === 'node') {
        if (await propertiesOf(tx, p.id)) {
          await tx.run(DELETE_NODE, { id: p.id });
          return null;
        }
        // Its document was read again and no longer yields it: the removal has nothing to remove.
        if (p.documentId && reloaded.has(p.documentId))
          return `${p.id} is no longer extracted: nothing to remove (check whether the fact came back under another id)`;
        return null;
      }
      const found = await tx.run(RELATIONSHIP_EXISTS, p.edge);
      if (found.records[0]?.get('found')) {
        await tx.run(DELETE_RELATIONSHIP, p.edge);
        return null;
      }
      if (reloaded.has(p.edge.documentId)) {
        return `${p.edge.type} ${p.edge.source} → ${p.edge.target} is no longer extracted: nothing to remove (check whether the fact came back under another id)`;
      }
      return null;
    }
  }
}

async function propertiesOf(tx: ManagedTransaction, id: string): Promise<Record<string, unknown> | null> {
  const res = await tx.run(NODE_PROPERTIES, { id });
  return (res.records[0]?.get('properties') as Record<string, unknown> | undefined) ?? null;
}

function show(v: unknown): string {
  return v === undefined || v === null ? 'absent' : JSON.stringify(v);
}

export function conflictOf(r: ReplayResult): CurationConflict {
  const { op } = r;
  return { opId: op.id, auditId: op.auditId, action: op.action, targets: op.targets, who: op.who, at: op.at, reason: r.reason ?? '' };
}

/** The results that concern one document: ops on its facts, or on nodes of its graph. */
export function resultsFor(results: readonly ReplayResult[], documentId: string, nodeIds: ReadonlySet<string>): ReplayResult[] {
  return results.filter((r) => r.op.documentIds.includes(documentId) || r.op.targets.some((t) => nodeIds.has(t)));
}
