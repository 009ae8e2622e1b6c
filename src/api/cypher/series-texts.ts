/**
 * What the uptake queries compare: the meetings of a series in order (date, then ordinal, at
 * query time: nothing stored goes stale when an earlier meeting is ingested later), each with
 * the recommendations/observations and the stakeholder inputs of the documents that record it.
 * One query for the whole series; the comparing is done by src/api/uptake/match.ts.
 */
import { citation, statementSummary } from './projection.js';

export const SERIES_TEXTS = `
MATCH (series:Series {id: $seriesId})<-[:IN_SERIES]-(m:Meeting)
// A meeting recorded by two documents (a review's report and its stakeholders' summary) is
// IN_SERIES once per document: one row per meeting.
WITH DISTINCT series, m
WITH series, m ORDER BY m.date, m.ordinal, m.id
WITH series, collect(m) AS meetings
UNWIND range(0, size(meetings) - 1) AS position
WITH series, meetings[position] AS m, position
CALL {
  WITH m
  MATCH (m)<-[:RECORDS]-(d:Document)
  RETURN collect(d.id) AS documentIds
}
RETURN series.name AS seriesName, position,
  { id: m.id, name: m.name, date: m.date, cycle: m.cycle, subject: m.subject } AS meeting,
  COLLECT {
    MATCH (o:Observation) WHERE o.documentId IN documentIds
    WITH o ORDER BY o.documentId, toFloat(o.number), o.id
    RETURN { id: o.id, number: o.number, text: o.text,
      recommendedBy: COLLECT { MATCH (o)-[:RECOMMENDED_BY]->(state:Place) RETURN state.name ORDER BY state.name },
      citation: COLLECT { MATCH (o)-[e:EVIDENCED_BY]->(p:Paragraph|Footnote) RETURN ${citation('p', 'e.quote')} ORDER BY p.order LIMIT 1 }[0] }
  } AS recommendations,
  COLLECT {
    MATCH (s:Statement) WHERE s.documentId IN documentIds AND s.speakerKind IN $stakeholderKinds
    WITH s ORDER BY s.documentId, toFloat(s.paragraphNumber), s.id
    RETURN ${statementSummary('s')}
  } AS inputs
ORDER BY position`;
