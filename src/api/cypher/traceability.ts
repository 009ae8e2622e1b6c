/**
 * Traceability from the Co-Chairs' observations back to the stakeholder inputs they echo
 * (DRAWS_ON, computed at ingestion with a score and the shared terms), and the inputs no
 * observation took up.
 */
import { citation, statementSummary } from './projection.js';

/**
 * Inputs from stakeholders, not from the chair or the secretariat. Mirrors the speaker
 * kinds src/ingest/resolve/draws-on.ts scores, so "untaken" means "could have been drawn
 * on and was not".
 */
export { STAKEHOLDER_SPEAKER_KINDS } from '../../ingest/resolve/draws-on.js';

export const OBSERVATIONS_WITH_INPUTS = `
MATCH (o:Observation) WHERE $documentId IS NULL OR o.documentId = $documentId
CALL {
  WITH o
  OPTIONAL MATCH (o)-[r:DRAWS_ON]->(s:Statement) WHERE r.score >= $minScore
  WITH r, s ORDER BY r.score DESC, s.id
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE { statement: ${statementSummary('s')}, score: r.score, shared: coalesce(r.shared, []) } END) AS drawsOn
}
RETURN o.id AS id, o.name AS name, o.number AS number, o.text AS text, o.action AS action,
  coalesce(o.addressees, []) AS addressees, drawsOn,
  COLLECT { MATCH (o)-[e:EVIDENCED_BY]->(p:Paragraph|Footnote) RETURN ${citation('p', 'e.quote')} ORDER BY p.order LIMIT 1 }[0] AS citation
ORDER BY o.documentId, toFloat(o.number), o.id`;

export const UNTAKEN_INPUTS = `
MATCH (s:Statement)
WHERE ($documentId IS NULL OR s.documentId = $documentId)
  AND s.speakerKind IN $stakeholderKinds
  AND NOT EXISTS { MATCH (:Observation)-[r:DRAWS_ON]->(s) WHERE r.score >= $minScore }
RETURN ${statementSummary('s')} AS statement
ORDER BY s.documentId, toFloat(s.paragraphNumber), s.id`;
