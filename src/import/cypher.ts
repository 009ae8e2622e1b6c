/**
 * The Cypher a restore sends. Labels and relationship types cannot be parameters, so they
 * are checked against the model (and an identifier pattern) before they enter the text;
 * every value travels as a parameter.
 */
import { checkedIdentifier as checked } from '../graph/cypher-identifiers.js';
import { RELATIONSHIP_TYPES } from '../graph/model.js';
import { IMPORTABLE_LABELS } from './backup-file.js';

export const COUNT_ELEMENTS = 'MATCH (n) RETURN count(n) AS nodes';

/** Nodes with one label set; CREATE, not MERGE: the target is empty and ids are unique in a backup. */
export const createNodes = (labels: string[]) =>
  `UNWIND $rows AS row CREATE (n:${labels.map((l) => checked(l, IMPORTABLE_LABELS)).join(':')}) SET n = row.properties`;

export const createRelationships = (type: string, from: string, to: string) =>
  `UNWIND $rows AS row
   MATCH (a:${checked(from, IMPORTABLE_LABELS)} {id: row.start})
   MATCH (b:${checked(to, IMPORTABLE_LABELS)} {id: row.end})
   CREATE (a)-[r:${checked(type, RELATIONSHIP_TYPES)}]->(b)
   SET r = row.properties`;
