/**
 * The Cypher behind the curation mutations, in one place. Node labels and relationship
 * types that come from stored data (an audit record) travel as parameters to APOC's
 * create procedures, never into the query text; ids are always parameters.
 */
import { lookupNode } from './node-lookup.js';
import { graphNode } from './projection.js';

/** A node's label, properties and relationships, as an audit record keeps them. */
export const NODE_STATE = `
${lookupNode('n', '$id')}
RETURN head(labels(n)) AS label, properties(n) AS properties,
  COLLECT {
    MATCH (n)-[r]-(other)
    RETURN { type: type(r), outgoing: startNode(r) = n, otherId: other.id, otherLabel: head(labels(other)), properties: properties(r) }
  } AS relationships`;

export const CORRECT_NODE = `
${lookupNode('n', '$id')}
SET n += $set
RETURN ${graphNode('n')} AS node`;

export const GET_NODE = `
${lookupNode('n', '$id')}
RETURN ${graphNode('n')} AS node`;

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

export const UPDATE_KEPT_ORGANIZATION = `
MATCH (keep:Organization {id: $keep})
SET keep.aliases = $aliases, keep.acronym = coalesce(keep.acronym, $acronym), keep.kind = coalesce(keep.kind, $kind)
RETURN ${graphNode('keep')} AS node`;

export const DELETE_NODE = `
${lookupNode('n', '$id')}
DETACH DELETE n`;

/** One relationship by its GraphEdge id parts. */
export const RELATIONSHIP_STATE = `
${lookupNode('a', '$source')}
MATCH (a)-[r]->(b {id: $target})
WHERE type(r) = $type AND coalesce(r.documentId, '') = $documentId
RETURN properties(r) AS properties, head(labels(a)) AS sourceLabel, head(labels(b)) AS targetLabel
LIMIT 1`;

export const DELETE_RELATIONSHIP = `
${lookupNode('a', '$source')}
MATCH (a)-[r]->(b {id: $target})
WHERE type(r) = $type AND coalesce(r.documentId, '') = $documentId
DELETE r`;

export const CREATE_NODE = `
CALL apoc.create.node([$label], $properties) YIELD node
RETURN ${graphNode('node')} AS node`;

/** Recreates relationships recorded relative to node $id; far ends that no longer exist are skipped. */
export const RESTORE_RELATIONSHIPS = `
${lookupNode('n', '$id')}
UNWIND $relationships AS row
${lookupNode('other', 'row.otherId', ['n', 'row'])}
CALL apoc.create.relationship(
  CASE WHEN row.outgoing THEN n ELSE other END, row.type, row.properties,
  CASE WHEN row.outgoing THEN other ELSE n END) YIELD rel AS created
RETURN count(created) AS restored`;

export const DELETE_MERGED_RELATIONSHIPS = `
MATCH (keep:Organization {id: $keep})-[r]-()
WHERE r.mergedBy = $auditId
DELETE r`;

export const REPLACE_NODE_PROPERTIES = `
${lookupNode('n', '$id')}
SET n = $properties
RETURN ${graphNode('n')} AS node`;

export const RESTORE_RELATIONSHIP = `
${lookupNode('a', '$source')}
${lookupNode('b', '$target')}
CALL apoc.create.relationship(a, $type, $properties, b) YIELD rel
RETURN count(rel) AS restored`;

export const CREATE_AUDIT = `
CREATE (a:AuditEntry)
SET a = $entry
RETURN a {.*} AS audit`;

export const GET_AUDIT = `
MATCH (a:AuditEntry {id: $id})
RETURN a {.*} AS audit`;

export const MARK_UNDONE = `
MATCH (a:AuditEntry {id: $id})
SET a.undoneBy = $undoneBy`;
