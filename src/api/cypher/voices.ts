/**
 * Who is heard: the statements of each meeting with who made them, one row per meeting.
 * A statement's voices are its speakers (MADE_BY); a person speaks for the organization or
 * State they represent or belong to (REPRESENTS, else AFFILIATED_WITH), so a delegate counts
 * for their State and a panellist for their organization. Counting is done in the resolver
 * (src/api/voices/count.ts), where the categories are decided in one place.
 */

/** The meetings asked for: every meeting of `$seriesId` in order, or the one `$meetingId`. */
const MEETINGS = `
CALL {
  MATCH (:Series {id: $seriesId})<-[:IN_SERIES]-(m:Meeting) RETURN m
  UNION
  MATCH (m:Meeting {id: $meetingId}) RETURN m
}
WITH m ORDER BY m.date, m.ordinal, m.id`;

export const MEETING_VOICES = `
${MEETINGS}
CALL {
  WITH m
  MATCH (m)<-[:RECORDS]-(d:Document)
  RETURN collect(d.id) AS documentIds
}
RETURN { id: m.id, name: m.name, date: m.date, cycle: m.cycle } AS meeting,
  coalesce(m.participation, []) AS participation,
  COLLECT {
    MATCH (s:Statement) WHERE s.documentId IN documentIds
    RETURN { id: s.id, documentId: s.documentId, paragraph: s.paragraphNumber, speakerKind: s.speakerKind,
      speakers: COLLECT {
        MATCH (s)-[:MADE_BY]->(speaker)
        WITH speaker, COLLECT {
          MATCH (speaker:Person)-[r:REPRESENTS|AFFILIATED_WITH]->(a) WHERE a:Organization OR a:Place
          RETURN a ORDER BY CASE type(r) WHEN 'REPRESENTS' THEN 0 ELSE 1 END, a.id LIMIT 1
        }[0] AS represented
        WITH speaker, CASE WHEN speaker:Person THEN represented ELSE speaker END AS actor
        RETURN { personId: CASE WHEN speaker:Person THEN speaker.id END, gender: speaker.gender,
          actorId: actor.id, actorLabel: head(labels(actor)), actorKind: actor.kind, actorName: actor.name }
      } }
  } AS statements`;
