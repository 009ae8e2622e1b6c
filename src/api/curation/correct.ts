/** correctNode: set or remove properties; the audit keeps the previous values. */
import type { Database } from '../../db/connection.js';
import type { Editor } from '../auth/editor-keys.js';
import type { CurationResult, GraphNode } from '../generated/resolvers-types.js';
import { CORRECT_NODE } from '../cypher/curation.js';
import { notFound } from '../errors.js';
import { writeAudit } from './audit.js';
import { readNodeState } from './node-state.js';
import { validateCorrection } from './properties.js';
import { first } from './tx.js';
import { documentsOf, recordOp } from '../../curation/ops.js';

export interface CorrectionRecord {
  id: string;
  label: string;
  /** Previous value of every key the correction touched; null = it was absent. */
  properties: Record<string, unknown>;
}

export async function correctNode(db: Database, editor: Editor, id: string, set: unknown, reason?: string | null): Promise<CurationResult> {
  const changes = validateCorrection(set);
  return db.write(async (tx) => {
    const state = await readNodeState(tx, id);
    if (!state) throw notFound(`correctNode: no node with id "${id}"`);
    const before: CorrectionRecord = {
      id,
      label: state.label,
      properties: Object.fromEntries(Object.keys(changes).map((k) => [k, state.properties[k] ?? null])),
    };
    const documentIds = await documentsOf(tx, [id]);
    const row = await first<{ node: GraphNode }>(tx, CORRECT_NODE, { id, set: changes });
    const audit = await writeAudit(tx, editor, {
      action: 'correctNode',
      name: `correct ${Object.keys(changes).join(', ')} of ${id}`,
      targets: [id],
      reason,
      before,
      after: { properties: changes },
    });
    // Kept as an op on the node's stable id, so re-ingesting its document applies it again.
    await recordOp(tx, {
      auditId: audit.id,
      who: audit.who,
      at: audit.at,
      reason,
      targets: [id],
      documentIds,
      payload: { action: 'correctNode', id, set: changes, before: before.properties },
    });
    return { audit, node: row?.node ?? null };
  });
}
