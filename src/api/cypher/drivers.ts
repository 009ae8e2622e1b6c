/**
 * Drivers of migration ranked by how many speakers raised them. A speaker is each person,
 * organization or State a statement is MADE_BY; a statement with no resolved speaker
 * ("several speakers") counts as one. Paragraph mentions outside any statement (a
 * panellist's own survey results, an observation) count in `paragraphs`.
 */
import { citation, graphNode, statementSummary } from './projection.js';

export const DRIVERS_OF_MIGRATION = `
MATCH (d:DriverOfMigration)
CALL {
  WITH d
  OPTIONAL MATCH (d)<-[:MENTIONS]-(s:Statement) WHERE $documentId IS NULL OR s.documentId = $documentId
  WITH DISTINCT s ORDER BY s.documentId, toFloat(s.paragraphNumber), s.id
  RETURN collect(s) AS statements
}
CALL {
  WITH d
  OPTIONAL MATCH (d)<-[m:MENTIONS]-(p:Paragraph) WHERE $documentId IS NULL OR p.documentId = $documentId
  WITH p, m ORDER BY p.documentId, p.order
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE ${citation('p', 'm.surface')} END) AS citations
}
WITH d, statements, citations WHERE size(statements) > 0 OR size(citations) > 0
CALL {
  WITH statements
  UNWIND statements AS s
  OPTIONAL MATCH (s)-[:MADE_BY]->(speaker)
  RETURN count(DISTINCT coalesce(speaker.id, s.id)) AS speakers
}
RETURN ${graphNode('d')} AS driver, speakers, size(statements) AS statementCount, size(citations) AS paragraphs,
  [s IN statements | ${statementSummary('s')}] AS raisedIn, citations
ORDER BY speakers DESC, statementCount DESC, paragraphs DESC, d.name`;
