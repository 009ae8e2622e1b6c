/**
 * The Cypher of curation operations: the writes an API correction, merge or removal makes
 * (shared with src/api/cypher/curation.ts) and the CurationOp records that let
 * re-ingestion apply them again. Ids and values are always parameters.
 */
import { lookupNode } from '../graph/node-lookup.js';

/** A node's label, properties and relationships, as an audit record keeps them. */
export const NODE_STATE = `
${lookupNode('n', '$id')}
RETURN head(labels(n)) AS label, properties(n) AS properties,
  COLLECT {
    MATCH (n)-[r]-(other)
    RETURN { type: type(r), outgoing: startNode(r) = n, otherId: other.id, otherLabel: head(labels(other)), properties: properties(r) }
  } AS relationships`;

/**
 * Moves `absorb`'s relationships to `keep`. One already present on `keep` (same type,
 * direction, far end and document) is not duplicated; the moved ones are tagged with the
 * merge's audit id, which is how an undo finds exactly what the merge added.
 */
export const MOVE_RELATIONSHIPS = `
MATCH (keep:Organization {id: $keep})
UNWIND $relationships AS row
${lookupNode('other', 'row.otherId', ['keep', 'row'])}
WITH keep, row, other, row.properties AS props
WHERE other <> keep AND NOT EXISTS {
  MATCH (keep)-[x]-(other)
  WHERE type(x) = row.type AND (startNode(x) = keep) = row.outgoing
    AND coalesce(x.documentId, '') = coalesce(row.properties.documentId, '')
}
CALL apoc.create.relationship(
  CASE WHEN row.outgoing THEN keep ELSE other END, row.type,
  props {.*, mergedBy: $auditId},
  CASE WHEN row.outgoing THEN other ELSE keep END) YIELD rel AS created
RETURN count(created) AS moved`;

export const DELETE_NODE = `
${lookupNode('n', '$id')}
DETACH DELETE n`;

export const DELETE_RELATIONSHIP = `
${lookupNode('a', '$source')}
MATCH (a)-[r]->(b {id: $target})
WHERE type(r) = $type AND coalesce(r.documentId, '') = $documentId
DELETE r`;

export const RELATIONSHIP_EXISTS = `
${lookupNode('a', '$source')}
MATCH (a)-[r]->(b {id: $target})
WHERE type(r) = $type AND coalesce(r.documentId, '') = $documentId
RETURN count(r) > 0 AS found`;

/** Properties of a node, or no row. */
export const NODE_PROPERTIES = `
${lookupNode('n', '$id')}
RETURN properties(n) AS properties`;

export const SET_PROPERTIES = `
${lookupNode('n', '$id')}
SET n += $set`;

export const SET_ORGANIZATION_ALIASES = `
MATCH (keep:Organization {id: $keep})
SET keep.aliases = $aliases, keep.acronym = coalesce(keep.acronym, $acronym), keep.kind = coalesce(keep.kind, $kind)`;

/**
 * The documents a node's facts come from: its own document, or for a shared node
 * (organization, person, place…) every document whose relationships touch it. Re-ingesting
 * any of them may recreate or drop the node, so an operation on it is replayed then.
 */
export const DOCUMENTS_OF = `
UNWIND $ids AS tid
${lookupNode('n', 'tid', ['tid'])}
WITH CASE WHEN n.documentId IS NOT NULL THEN [n.documentId]
  ELSE COLLECT { MATCH (n)-[r]-() WHERE r.documentId IS NOT NULL RETURN DISTINCT r.documentId } END AS docs
UNWIND docs AS d
RETURN collect(DISTINCT d) AS documentIds`;

export const CREATE_OP = `
CREATE (o:CurationOp)
SET o = $op`;

/**
 * Operations to replay after documents were (re)written: those that still count (not
 * undone, not superseded) and touch one of the documents or one of the nodes just written.
 * Oldest first, as they were made.
 */
export const OPS_TO_REPLAY = `
MATCH (o:CurationOp)
WHERE o.status IN ['active', 'conflict']
  AND (any(d IN o.documentIds WHERE d IN $documentIds) OR any(t IN o.targets WHERE t IN $nodeIds))
RETURN o {.*} AS op
ORDER BY o.at, o.id`;

export const SET_OP_STATUS = `
MATCH (o:CurationOp {id: $id})
SET o.status = $status, o.conflict = $conflict, o.checkedAt = $at`;

/** Retires the op of an undone audit entry; says what its status was (an op in conflict was never applied). */
export const MARK_OP_UNDONE = `
MATCH (o:CurationOp {auditId: $auditId})
WITH o, o.status AS was
SET o.status = 'undone', o.conflict = null
RETURN was`;

/** Older corrections of the same node whose every key a new correction sets again: the new one decides. */
export const SUPERSEDE_CORRECTIONS = `
MATCH (o:CurationOp {action: 'correctNode'})
WHERE o.status IN ['active', 'conflict'] AND o.targets = [$id] AND o.id <> $newId
  AND all(k IN o.keys WHERE k IN $keys)
SET o.status = 'superseded', o.supersededBy = $newId, o.conflict = null`;
