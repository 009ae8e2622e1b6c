/**
 * Engagement matrices for the secretariat. A statement counts for an organization when
 * the organization made it or one of its panellists (REPRESENTS) did; chairs speak as
 * chairs, not for their employer, so AFFILIATED_WITH does not count. Each query returns
 * one row per non-empty cell with the statements behind it; axes and totals are summed in
 * the resolver.
 */
import { statementSummary } from './projection.js';

/** Statements ($documentId optional) with the organization they speak for. */
const STATEMENT_ORGANIZATIONS = `
MATCH (s:Statement) WHERE $documentId IS NULL OR s.documentId = $documentId
MATCH (s)-[:MADE_BY]->(speaker)
OPTIONAL MATCH (speaker)-[:REPRESENTS]->(represented:Organization)
WITH s, CASE WHEN speaker:Organization THEN speaker ELSE represented END AS org
WITH DISTINCT s, org WHERE org IS NOT NULL`;

const CELL = `
WITH row, column, collect(DISTINCT s) AS statements
RETURN row, column, [s IN statements | ${statementSummary('s')}] AS statements
ORDER BY row.label, column.label`;

export const ORGANIZATION_BY_TOPIC = `
${STATEMENT_ORGANIZATIONS}
MATCH (s)-[:IN]->(:Panel)-[:ON_TOPIC]->(t:Topic)
WITH s, {id: org.id, label: org.name, kind: org.kind} AS row, {id: t.id, label: t.name, kind: t.kind} AS column
${CELL}`;

export const ORGANIZATION_BY_MEETING = `
${STATEMENT_ORGANIZATIONS.replace('$documentId IS NULL OR s.documentId = $documentId', 'true')}
MATCH (:Document {id: s.documentId})-[:RECORDS]->(m:Meeting)
WITH s, {id: org.id, label: org.name, kind: org.kind} AS row, {id: m.id, label: m.name, kind: m.kind} AS column
${CELL}`;

/**
 * Statements under an agenda item: said on one of its panels or in its general discussion.
 * Rows are organization kinds; with $includeUnattributed, statements of no known
 * organization form rows by speaker role ("participant", "chair"…).
 */
export const KIND_BY_AGENDA_ITEM = `
MATCH (s:Statement) WHERE $documentId IS NULL OR s.documentId = $documentId
MATCH (s)-[:IN]->(context)
OPTIONAL MATCH (context)<-[:HAS_PANEL]-(panelItem:AgendaItem)
WITH s, CASE WHEN context:AgendaItem THEN context ELSE panelItem END AS item
WHERE item IS NOT NULL
OPTIONAL MATCH (s)-[:MADE_BY]->(speaker)
OPTIONAL MATCH (speaker)-[:REPRESENTS]->(represented:Organization)
WITH s, item, CASE WHEN speaker:Organization THEN speaker ELSE represented END AS org
WITH s, item, collect(DISTINCT CASE WHEN org IS NULL THEN null ELSE coalesce(org.kind, 'unknown kind') END) AS kinds, count(org) AS orgs
UNWIND CASE
  WHEN orgs > 0 THEN [k IN kinds | {id: 'kind:' + k, label: k, kind: 'organization kind'}]
  WHEN $includeUnattributed THEN [{id: 'speaker:' + coalesce(s.speakerKind, 'speaker'), label: coalesce(s.speakerKind, 'speaker') + ' (no organization)', kind: 'speaker role'}]
  ELSE [] END AS row
WITH s, row, {id: item.id, label: item.name, kind: 'agenda item'} AS column
${CELL}`;
