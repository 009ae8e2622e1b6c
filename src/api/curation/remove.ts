/**
 * removeFact: a node that is a fact (not the document's structure, which only re-ingestion
 * changes) with its relationships, or one relationship by its GraphEdge id. The audit keeps
 * what was removed so undo can put it back.
 */
import type { Database } from '../../db/connection.js';
import type { NodeLabel } from '../../graph/model.js';
import type { Editor } from '../auth/editor-keys.js';
import type { CurationResult } from '../generated/resolvers-types.js';
import { DELETE_NODE, DELETE_RELATIONSHIP, RELATIONSHIP_STATE } from '../cypher/curation.js';
import { badInput, notFound } from '../errors.js';
import { writeAudit } from './audit.js';
import { parseEdgeId, type EdgeRef } from './edge-id.js';
import { readNodeState, type NodeState } from './node-state.js';
import { first } from './tx.js';
import { documentsOf, recordOp, type OpPayload } from '../../curation/ops.js';

const STRUCTURE: ReadonlySet<NodeLabel> = new Set<NodeLabel>([
  'Document',
  'Section',
  'Paragraph',
  'Footnote',
  'Meeting',
  'AgendaItem',
  'Panel',
  'Session',
  'WorkingGroup',
]);

export type RemovalRecord =
  { kind: 'node'; node: NodeState } | { kind: 'relationship'; edge: EdgeRef; properties: Record<string, unknown> };

export async function removeFact(db: Database, editor: Editor, id: string, reason?: string | null): Promise<CurationResult> {
  const edge = parseEdgeId(id);
  return db.write(async (tx) => {
    let record: RemovalRecord;
    let payload: OpPayload;
    let documentIds: string[];
    if (edge) {
      const rel = await first<{ properties: Record<string, unknown> }>(tx, RELATIONSHIP_STATE, { ...edge });
      if (!rel) throw notFound(`removeFact: no relationship ${id}`);
      await tx.run(DELETE_RELATIONSHIP, { ...edge });
      record = { kind: 'relationship', edge, properties: rel.properties };
      payload = { action: 'removeFact', kind: 'relationship', edge };
      documentIds = edge.documentId ? [edge.documentId] : [];
    } else {
      const node = await readNodeState(tx, id);
      if (!node) throw notFound(`removeFact: no node or relationship with id "${id}"`);
      if (STRUCTURE.has(node.label as NodeLabel)) {
        throw badInput(`removeFact: a ${node.label} is document structure; re-ingest the document to change it`);
      }
      documentIds = await documentsOf(tx, [id]);
      await tx.run(DELETE_NODE, { id });
      record = { kind: 'node', node };
      const own = node.properties.documentId;
      payload = { action: 'removeFact', kind: 'node', id, documentId: typeof own === 'string' ? own : null };
    }
    const audit = await writeAudit(tx, editor, {
      action: 'removeFact',
      name: `remove ${id}`,
      targets: edge ? [edge.source, edge.target, id] : [id],
      reason,
      before: record,
    });
    await recordOp(tx, { auditId: audit.id, who: audit.who, at: audit.at, reason, targets: audit.targets ?? [id], documentIds, payload });
    return { audit, node: null };
  });
}
