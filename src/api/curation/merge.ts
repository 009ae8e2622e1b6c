/**
 * mergeOrganizations: two nodes that are one organization. `absorb`'s relationships move to
 * `keep` (tagged with the audit id), its name and acronym become aliases of `keep`, and it
 * is removed. The audit keeps `absorb` whole (properties and every relationship) and
 * `keep`'s previous properties, which is all undo needs to split them again.
 */
import type { Database } from '../../db/connection.js';
import type { Editor } from '../auth/editor-keys.js';
import type { CurationResult, GraphNode } from '../generated/resolvers-types.js';
import { DELETE_NODE, MOVE_RELATIONSHIPS, UPDATE_KEPT_ORGANIZATION } from '../cypher/curation.js';
import { badInput, notFound } from '../errors.js';
import { newAuditId, writeAudit } from './audit.js';
import { readNodeState, type NodeState } from './node-state.js';
import { first } from './tx.js';
import { documentsOf, recordOp } from '../../curation/ops.js';
import { mergedAliases } from '../../curation/aliases.js';

export { mergedAliases };

export interface MergeRecord {
  keep: { id: string; properties: Record<string, unknown> };
  absorb: NodeState;
}

export async function mergeOrganizations(
  db: Database,
  editor: Editor,
  keepId: string,
  absorbId: string,
  reason?: string | null,
): Promise<CurationResult> {
  if (keepId === absorbId) throw badInput('mergeOrganizations: `keep` and `absorb` are the same node');
  return db.write(async (tx) => {
    const keep = await readNodeState(tx, keepId);
    const absorb = await readNodeState(tx, absorbId);
    for (const [arg, s, id] of [
      ['keep', keep, keepId],
      ['absorb', absorb, absorbId],
    ] as const) {
      if (!s) throw notFound(`mergeOrganizations: no node with id "${id}" (\`${arg}\`)`);
      if (s.label !== 'Organization') throw badInput(`mergeOrganizations: \`${arg}\` is a ${s.label}, not an Organization`);
    }
    const auditId = newAuditId();
    const documentIds = await documentsOf(tx, [keepId, absorbId]);
    const moved = await first<{ moved: number }>(tx, MOVE_RELATIONSHIPS, {
      keep: keepId,
      relationships: absorb!.relationships.filter((r) => r.otherId !== keepId),
      auditId,
    });
    const aliases = mergedAliases(keep!.properties, absorb!.properties);
    const row = await first<{ node: GraphNode }>(tx, UPDATE_KEPT_ORGANIZATION, {
      keep: keepId,
      aliases,
      acronym: absorb!.properties.acronym ?? null,
      kind: absorb!.properties.kind ?? null,
    });
    await tx.run(DELETE_NODE, { id: absorbId });
    const before: MergeRecord = { keep: { id: keepId, properties: keep!.properties }, absorb: absorb! };
    const audit = await writeAudit(
      tx,
      editor,
      {
        action: 'mergeOrganizations',
        name: `merge ${absorbId} into ${keepId}`,
        targets: [keepId, absorbId],
        reason,
        before,
        after: { keep: row?.node.properties, moved: moved?.moved ?? 0, relationships: absorb!.relationships.length },
      },
      auditId,
    );
    await recordOp(tx, {
      auditId,
      who: audit.who,
      at: audit.at,
      reason,
      targets: [keepId, absorbId],
      documentIds,
      payload: { action: 'mergeOrganizations', keep: keepId, absorb: absorbId },
    });
    return { audit, node: row?.node ?? null };
  });
}
