/**
 * The Cypher that load sends, in one place. Labels, relationship types and property keys
 * come from the model (checked against a strict identifier pattern before they are put in
 * the text, as Cypher cannot parameterise them); every value travels as a parameter.
 */
import { CYPHER_IDENTIFIER as IDENT, checkedIdentifier as checked } from '../../graph/cypher-identifiers.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../graph/model.js';

export const label = (l: NodeLabel) => checked(l, NODE_LABELS);
export const relType = (t: RelationshipType) => checked(t, RELATIONSHIP_TYPES);

export const READ_INGEST_HASH = 'MATCH (d:Document {id: $id}) RETURN d.ingestHash AS hash';

/** The stored hash of each of several documents (null for one never ingested). */
export const READ_INGEST_HASHES =
  'UNWIND $ids AS id OPTIONAL MATCH (d:Document {id: id}) RETURN id, d IS NOT NULL AS stored, d.ingestHash AS hash';

export const SET_INGEST_HASHES = 'UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.ingestHash = row.hash';

/**
 * The documents about to be written, locked for this transaction (a concurrent ingest of the
 * same document waits here, then finds it written), with what was stored before.
 */
export const LOCK_DOCUMENTS = `UNWIND $ids AS id
  MERGE (d:Document {id: id})
    ON CREATE SET d.ingestLock = 'created'
    ON MATCH SET d.ingestLock = 'matched'
  WITH id, d, d.ingestLock = 'matched' AS stored, d.ingestHash AS hash
  REMOVE d.ingestLock
  RETURN id, stored, hash`;

/** Which of these ids already name a node of this label: one record (a batch's queries are sent without waiting, see CountingWriter.send). */
export const existingIds = (l: NodeLabel) => `UNWIND $ids AS id MATCH (n:${label(l)} {id: id}) RETURN collect(n.id) AS ids`;

/** Shared nodes this document's relationships touch, so the ones left with no edges can go. */
export const sharedEndpoints = (t: RelationshipType) =>
  `MATCH (a)-[r:${relType(t)} {documentId: $id}]-(b) WHERE b.documentId IS NULL RETURN DISTINCT b.id AS id, labels(b)[0] AS label`;

export const deleteRelationships = (t: RelationshipType) => `MATCH ()-[r:${relType(t)} {documentId: $id}]->() DELETE r`;

export const deleteNodes = (l: NodeLabel) => `MATCH (n:${label(l)} {documentId: $id}) DETACH DELETE n`;

export const deleteOrphans = (l: NodeLabel) =>
  `UNWIND $ids AS id MATCH (n:${label(l)} {id: id}) WHERE n.documentId IS NULL AND NOT (n)--() DELETE n`;

/**
 * Document-scoped nodes take the new properties whole. Shared nodes (met by several
 * documents) keep what they have and only gain what was missing, so one document cannot
 * rename an organization another introduced; their alias lists grow. `keys` are the
 * property keys present in this batch (from the model, checked as identifiers).
 */
export function mergeNodes(l: NodeLabel, shared: boolean, keys: string[]): string {
  if (!shared) {
    return `UNWIND $rows AS row
       MERGE (n:${label(l)} {id: row.id})
       SET n = row.props`;
  }
  const fills = keys
    .filter((k) => k !== 'id')
    .map((k) => {
      if (!IDENT.test(k)) throw new Error(`refusing property key ${JSON.stringify(k)}`);
      return LIST_KEYS.has(k)
        ? `n.${k} = CASE WHEN row.props.${k} IS NULL THEN n.${k} ELSE reduce(acc = coalesce(n.${k}, []), x IN row.props.${k} | CASE WHEN x IN acc THEN acc ELSE acc + x END) END`
        : `n.${k} = coalesce(n.${k}, row.props.${k})`;
    });
  const onMatch = fills.length ? ` ON MATCH SET ${fills.join(', ')}` : '';
  return `UNWIND $rows AS row MERGE (n:${label(l)} {id: row.id}) ON CREATE SET n = row.props${onMatch}`;
}

/** List properties of shared nodes that accumulate across documents instead of keeping the first value. */
const LIST_KEYS = new Set(['aliases', 'altLabels', 'roles']);

/**
 * A document's relationships are all new when they are written: a new document has none, a
 * changed one had its share deleted first in the same transaction, resolve never emits one
 * twice, and the document is locked while it is written (lockDocuments). So CREATE, not
 * MERGE: MERGE looks through every relationship of the type on the start node, which on a
 * node met by thousands of paragraphs (a concept, a State) makes loading grow quadratically.
 */
export const createRelationships = (t: RelationshipType, from: NodeLabel, to: NodeLabel) =>
  `UNWIND $rows AS row
   MATCH (a:${label(from)} {id: row.start})
   MATCH (b:${label(to)} {id: row.end})
   CREATE (a)-[r:${relType(t)}]->(b)
   SET r = row.props`;

export const mergeRelationships = (t: RelationshipType, from: NodeLabel, to: NodeLabel) =>
  `UNWIND $rows AS row
   MATCH (a:${label(from)} {id: row.start})
   MATCH (b:${label(to)} {id: row.end})
   MERGE (a)-[r:${relType(t)} {documentId: row.props.documentId}]->(b)
   SET r = row.props`;

/**
 * A meeting that several documents record (see resolve/meeting-identity.ts) takes what it
 * states (date, meeting number, format, counts) from the documents that record it now, the
 * most confident dated statement first (a Working Group report's "the review … was held on 12
 * November 2019" before a summary's session dates), whichever document was loaded last. Run
 * after every write and removal that touches such a meeting, so re-ingesting or removing one
 * document leaves the meeting as the others state it.
 */
export const RECONCILE_MEETINGS = `UNWIND $ids AS id
  MATCH (m:Meeting {id: id}) WHERE m.documentId IS NULL
  MATCH (:Document)-[r:RECORDS]->(m)
  WITH m, r ORDER BY r.date IS NULL, r.confidence DESC, r.documentId
  WITH m, collect(r) AS rs
  WITH m, head(rs) AS best,
       head([x IN rs WHERE x.ordinal IS NOT NULL]) AS numbered,
       head([x IN rs WHERE x.format IS NOT NULL]) AS formatted,
       head([x IN rs WHERE size(coalesce(x.participation, [])) > 0]) AS counted
  SET m.date = best.date, m.endDate = best.endDate, m.ordinal = numbered.ordinal,
      m.format = formatted.format, m.participation = coalesce(counted.participation, [])`;
