/**
 * The Cypher behind the curation mutations, in one place. Node labels and relationship
 * types that come from stored data (an audit record) travel as parameters to APOC's
 * create procedures, never into the query text; ids are always parameters.
 */
import { lookupNode } from './node-lookup.js';
import { graphNode } from './projection.js';

// Shared with re-ingestion, which replays merges and removals (src/curation).
export { DELETE_NODE, DELETE_RELATIONSHIP, MOVE_RELATIONSHIPS, NODE_STATE } from '../../curation/cypher.js';

export const CORRECT_NODE = `
${lookupNode('n', '$id')}
SET n += $set
RETURN ${graphNode('n')} AS node`;

export const GET_NODE = `
${lookupNode('n', '$id')}
RETURN ${graphNode('n')} AS node`;

export const UPDATE_KEPT_ORGANIZATION = `
MATCH (keep:Organization {id: $keep})
SET keep.aliases = $aliases, keep.acronym = coalesce(keep.acronym, $acronym), keep.kind = coalesce(keep.kind, $kind)
RETURN ${graphNode('keep')} AS node`;

/** One relationship by its GraphEdge id parts. */
export const RELATIONSHIP_STATE = `
${lookupNode('a', '$source')}
MATCH (a)-[r]->(b {id: $target})
WHERE type(r) = $type AND coalesce(r.documentId, '') = $documentId
RETURN properties(r) AS properties, head(labels(a)) AS sourceLabel, head(labels(b)) AS targetLabel
LIMIT 1`;

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
