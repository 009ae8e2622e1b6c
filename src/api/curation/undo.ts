/**
 * undo: puts back what one audit entry changed, once. Refuses when the world moved on in a
 * way that makes the old state impossible (the absorbed organization's id is in use again).
 */
import type { Database } from '../../db/connection.js';
import type { Editor } from '../auth/editor-keys.js';
import type { CurationResult, GraphNode } from '../generated/resolvers-types.js';
import {
  CORRECT_NODE,
  CREATE_NODE,
  DELETE_MERGED_RELATIONSHIPS,
  GET_NODE,
  REPLACE_NODE_PROPERTIES,
  RESTORE_RELATIONSHIP,
  RESTORE_RELATIONSHIPS,
} from '../cypher/curation.js';
import { NODE_LABELS, type NodeLabel } from '../../graph/model.js';
import { badInput, conflict, notFound } from '../errors.js';
import { markUndone, readAudit, writeAudit } from './audit.js';
import type { CorrectionRecord } from './correct.js';
import type { MergeRecord } from './merge.js';
import type { NodeState } from './node-state.js';
import type { RemovalRecord } from './remove.js';
import { first } from './tx.js';
import type { ManagedTransaction } from 'neo4j-driver';
import { MARK_OP_UNDONE } from '../../curation/cypher.js';

export async function undo(db: Database, editor: Editor, auditId: string, reason?: string | null): Promise<CurationResult> {
  return db.write(async (tx) => {
    const entry = await readAudit(tx, auditId);
    if (!entry) throw notFound(`undo: no audit entry "${auditId}"`);
    if (entry.undoneBy) throw conflict(`undo: ${auditId} was already undone by ${entry.undoneBy}`);
    if (!entry.before) throw badInput(`undo: a ${entry.action} cannot be undone`);
    const before: unknown = JSON.parse(entry.before);
    let node: GraphNode | null = null;
    let targets: string[] = entry.targets ?? [];
    // The op stops being replayed. One in conflict (or superseded by a later correction) is
    // not what the graph shows now: undoing it only retires it, the graph stays as it is.
    const op = await first<{ was: string }>(tx, MARK_OP_UNDONE, { auditId });
    const inForce = !op || op.was === 'active';
    if (inForce) {
      switch (entry.action) {
        case 'correctNode': {
          const r = before as CorrectionRecord;
          node = (await first<{ node: GraphNode }>(tx, CORRECT_NODE, { id: r.id, set: r.properties }))?.node ?? null;
          if (!node) throw conflict(`undo: node ${r.id} no longer exists`);
          targets = [r.id];
          break;
        }
        case 'mergeOrganizations': {
          const r = before as MergeRecord;
          await tx.run(DELETE_MERGED_RELATIONSHIPS, { keep: r.keep.id, auditId });
          await restoreNode(tx, r.absorb);
          node =
            (await first<{ node: GraphNode }>(tx, REPLACE_NODE_PROPERTIES, { id: r.keep.id, properties: r.keep.properties }))?.node ?? null;
          targets = [r.keep.id, r.absorb.id];
          break;
        }
        case 'removeFact': {
          const r = before as RemovalRecord;
          if (r.kind === 'node') {
            node = await restoreNode(tx, r.node);
            targets = [r.node.id];
          } else {
            const restored = await first<{ restored: number }>(tx, RESTORE_RELATIONSHIP, { ...r.edge, properties: r.properties });
            if (!restored?.restored) throw conflict('undo: an end of the relationship no longer exists');
            targets = [r.edge.source, r.edge.target];
          }
          break;
        }
        default:
          throw badInput(`undo: a ${entry.action} cannot be undone`);
      }
    }
    const audit = await writeAudit(tx, editor, { action: 'undo', name: `undo ${entry.name}`, targets, reason, undoes: auditId });
    await markUndone(tx, auditId, audit.id);
    return { audit: { ...audit }, node };
  });
}

/** Recreates a removed node and its relationships (those whose far end still exists). */
async function restoreNode(tx: ManagedTransaction, state: NodeState): Promise<GraphNode> {
  if (!NODE_LABELS.includes(state.label as NodeLabel)) throw badInput(`undo: unknown label ${state.label}`);
  const existing = await first<{ node: GraphNode }>(tx, GET_NODE, { id: state.id });
  if (existing) throw conflict(`undo: a node with id ${state.id} exists again; remove or merge it first`);
  const created = await first<{ node: GraphNode }>(tx, CREATE_NODE, { label: state.label, properties: state.properties });
  await tx.run(RESTORE_RELATIONSHIPS, { id: state.id, relationships: state.relationships });
  return created!.node;
}
