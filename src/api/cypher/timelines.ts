/**
 * Timelines: who took part in which meeting, in which role, with the paragraphs that say so.
 *
 * One participation reading serves both questions (an actor's meetings; a series' meetings and
 * their participants). It is a union of what the graph records of taking part:
 *   - PARTICIPATED_IN (organizations and States that spoke, had a panellist, or chaired): a
 *     speaker in a stakeholders' summary is a stakeholder that submitted information;
 *   - RECOMMENDED_BY, through the observations the meeting produced: a recommending State;
 *   - the State a review is of (the meeting's subject): the reviewed State;
 *   - people: CHAIRED_BY (chair), SPOKE_ON a panel (panellist), MADE_BY a statement (speaker).
 * Facts read from a document belong to the meeting that document RECORDS, so a meeting
 * recorded by two documents gathers the participation both report.
 *
 * The fragment is a CALL that imports `a` (an actor), `m` (a meeting) or both; the other is
 * matched. Rows: actor, meeting, roles, statements, cites (Citations).
 */
import { relationshipEvidence } from './projection.js';

/** Citations kept per role row: enough to check the claim, not every paragraph of a long report. */
const CITES_PER_ROW = 3;

const cites = (r: string) => `${relationshipEvidence(r)}[0..${CITES_PER_ROW}]`;

function participation(imported: 'a' | 'm'): string {
  const w = `WITH ${imported}`;
  const actor = imported === 'a' ? 'a' : 'actor';
  const meeting = imported === 'm' ? 'm' : 'meeting';
  const out = `RETURN ${actor} AS who, ${meeting} AS at`;
  return `CALL {
    ${w}
    MATCH (${actor})-[r:PARTICIPATED_IN]->(${meeting}:Meeting)
    OPTIONAL MATCH (d:Document {id: r.documentId})
    ${out}, [role IN r.roles | CASE WHEN role = 'speaker' AND d.kind = 'stakeholder-summary' THEN 'stakeholder submitting' ELSE role END] AS roles,
      coalesce(r.statements, 0) AS statements, ${cites('r')} AS cites
    UNION
    ${w}
    MATCH (${meeting}:Meeting)-[:PRODUCED]->(:Observation)-[r:RECOMMENDED_BY]->(${actor}:Place)
    ${out}, ['recommending State'] AS roles, 0 AS statements, ${cites('r')} AS cites
    UNION
    ${w}
    MATCH (:Document)-[r:RECORDS]->(${meeting}:Meeting) WHERE ${meeting}.subject IS NOT NULL AND ${meeting}.kind CONTAINS 'review'
    MATCH (${actor}:Place) WHERE toLower(${actor}.name) = toLower(${meeting}.subject)
    ${out}, ['reviewed State'] AS roles, 0 AS statements, ${cites('r')} AS cites
    UNION
    ${w}
    MATCH (${meeting}:Meeting)-[r:CHAIRED_BY]->(${actor}:Person)
    ${out}, ['chair'] AS roles, 0 AS statements, ${cites('r')} AS cites
    UNION
    ${w}
    MATCH (${actor}:Person)-[r:SPOKE_ON]->(:Panel)
    MATCH (:Document {id: r.documentId})-[:RECORDS]->(${meeting}:Meeting)
    ${out}, ['panellist'] AS roles, 0 AS statements, ${cites('r')} AS cites
    UNION
    ${w}
    MATCH (:Statement)-[r:MADE_BY]->(${actor}:Person)
    MATCH (:Document {id: r.documentId})-[:RECORDS]->(${meeting}:Meeting)
    ${out}, ['speaker'] AS roles, 1 AS statements, ${cites('r')} AS cites
  }`;
}

/** Rows of one (actor, meeting): roles merged, statements summed, citations concatenated. */
const MERGE_ROWS = `
WITH who, at, reduce(acc = [], x IN collect(roles) | acc + [y IN x WHERE NOT y IN acc]) AS roles,
  sum(statements) AS statements, reduce(acc = [], x IN collect(cites) | acc + x) AS cites`;

const SERIES_OF = (m: string) =>
  `COLLECT { MATCH (${m})-[:IN_SERIES]->(s:Series) RETURN DISTINCT {id: s.id, name: s.name, kind: s.kind, subject: s.subject} ORDER BY s.id }`;

const MEETING = (m: string) =>
  `{id: ${m}.id, name: ${m}.name, kind: ${m}.kind, subject: ${m}.subject, date: ${m}.date, ordinal: ${m}.ordinal, cycle: ${m}.cycle,
    documents: COLLECT { MATCH (d:Document)-[:RECORDS]->(${m}) RETURN d.id ORDER BY d.id }, series: ${SERIES_OF(m)}}`;

const ACTOR = (a: string) => `{id: ${a}.id, label: head(labels(${a})), name: coalesce(${a}.name, ${a}.id), kind: ${a}.kind}`;

/** An organization's, a State's or a person's meetings, oldest first. */
export const ACTOR_TIMELINE = `
MATCH (a {id: $id}) WHERE a:Organization OR a:Place OR a:Person
${participation('a')}
${MERGE_ROWS}
RETURN ${ACTOR('who')} AS actor, ${MEETING('at')} AS meeting, roles, statements, cites[0..${CITES_PER_ROW * 2}] AS citations
ORDER BY at.date, at.ordinal, at.id`;

/** A series and its meetings; the order (date, then meeting number, then id) is the resolver's. */
export const SERIES_MEETINGS = `
MATCH (s:Series {id: $id})
MATCH (m:Meeting)-[:IN_SERIES]->(s)
WITH DISTINCT s, m
RETURN {id: s.id, name: s.name, kind: s.kind, subject: s.subject} AS series,
  collect(${MEETING('m')}) AS meetings`;

/** Who took part in each meeting of a series. */
export const SERIES_PARTICIPANTS = `
MATCH (s:Series {id: $id})
MATCH (m:Meeting)-[:IN_SERIES]->(s)
WITH DISTINCT m
${participation('m')}
${MERGE_ROWS}
RETURN at.id AS meetingId, collect({actor: ${ACTOR('who')}, roles: roles, statements: statements, citations: cites[0..${CITES_PER_ROW}]}) AS participants`;
