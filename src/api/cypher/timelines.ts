/**
 * Timelines: who took part in which meeting, in which role, with the paragraphs that say so.
 *
 * One participation reading serves both questions (an actor's meetings; a series' meetings and
 * their participants). It is a union of what the graph records of taking part:
 *   - PARTICIPATED_IN (organizations and States that spoke, had a panellist, chaired, or that a
 *     list of contributors names): a speaker in a stakeholders' summary, and a listed
 *     contributor ("submitter"), is a stakeholder that submitted information;
 *   - RECOMMENDED_BY, through the observations the meeting produced: a recommending State;
 *   - the State a review is of (the meeting's subject): the reviewed State;
 *   - people: CHAIRED_BY (chair), SPOKE_ON a panel (panellist), MADE_BY a statement (speaker).
 * Facts read from a document belong to the meeting that document RECORDS, so a meeting
 * recorded by two documents gathers the participation both report.
 *
 * The fragment is a CALL that imports `a` (an actor), `m` (a meeting) or both; the other is
 * matched. Rows: who, at, roles, statements, rel (the relationship that says so; its paragraphs are cited once the rows are merged, so the citation projection is planned once, not once per branch).
 */
import { relationshipEvidence } from './projection.js';

/** Citations kept per role row: enough to check the claim, not every paragraph of a long report. */
const CITES_PER_ROW = 3;

/**
 * A participation's evidence starts with the first paragraph or note of each role
 * (roleEvidence), then the rest: the three kept show why each role holds.
 */
const cites = (r: string) => {
  const ordered = `reduce(acc = [], n IN coalesce(${r}.roleEvidence, []) + coalesce(${r}.paragraphs, []) | CASE WHEN n IN acc THEN acc ELSE acc + n END)`;
  return `${relationshipEvidence(r, ordered)}[0..${CITES_PER_ROW}]`;
};

function participation(imported: 'a' | 'm'): string {
  const w = `WITH ${imported}`;
  const actor = imported === 'a' ? 'a' : 'actor';
  const meeting = imported === 'm' ? 'm' : 'meeting';
  const out = `RETURN ${actor} AS who, ${meeting} AS at`;
  return `CALL {
    ${w}
    MATCH (${actor})-[r:PARTICIPATED_IN]->(${meeting}:Meeting)
    OPTIONAL MATCH (d:Document {id: r.documentId})
    WITH ${actor}, ${meeting}, r, [role IN r.roles | CASE WHEN role = 'submitter' OR (role = 'speaker' AND d.kind = 'stakeholder-summary') THEN 'stakeholder submitting' ELSE role END] AS named
    ${out}, reduce(acc = [], role IN named | CASE WHEN role IN acc THEN acc ELSE acc + role END) AS roles,
      coalesce(r.statements, 0) AS statements, r AS rel
    UNION
    ${w}
    MATCH (${meeting}:Meeting)-[:PRODUCED]->(:Observation)-[r:RECOMMENDED_BY]->(${actor}:Place)
    ${out}, ['recommending State'] AS roles, 0 AS statements, r AS rel
    UNION
    ${w}
    ${reviewedState(imported, actor, meeting)}
    ${out}, ['reviewed State'] AS roles, 0 AS statements, r AS rel
    UNION
    ${w}
    MATCH (${meeting}:Meeting)-[r:CHAIRED_BY]->(${actor}:Person)
    ${out}, ['chair'] AS roles, 0 AS statements, r AS rel
    UNION
    ${w}
    ${byDocument(imported, actor, meeting, '(:Panel {documentId: d.id})<-[r:SPOKE_ON]-(' + actor + ':Person)', '(' + actor + ':Person)-[r:SPOKE_ON]->(:Panel)')}
    ${out}, ['panellist'] AS roles, 0 AS statements, r AS rel
    UNION
    ${w}
    ${byDocument(imported, actor, meeting, '(:Statement {documentId: d.id})-[r:MADE_BY]->(' + actor + ':Person)', '(' + actor + ':Person)<-[r:MADE_BY]-(:Statement)')}
    ${out}, ['speaker'] AS roles, 1 AS statements, r AS rel
  }`;
}

/**
 * A review's State is its meeting's subject: extraction writes the gazetteer's name there
 * (extract/meeting.ts), the name the Place has, so the two are compared exactly, through the
 * indexes on Meeting(subject) and Place(name) (db/migrations.ts). From a State its reviews are
 * one index seek; compared case-blind, every Meeting of the graph was read for every timeline
 * of a State (a scan that grew with the corpus). The seeks are hinted (USING INDEX): with few
 * reviews in the graph the planner's counts made an index scan of every Meeting with a subject
 * look as cheap, a plan that grows with the corpus all the same. USING INDEX alone still let it
 * choose that scan now and then (the same graph planned both ways in two runs), so the hints
 * ask for a seek (USING INDEX SEEK).
 */
function reviewedState(imported: 'a' | 'm', actor: string, meeting: string): string {
  return imported === 'a'
    ? `MATCH (${actor}:Place)
    MATCH (:Document)-[r:RECORDS]->(${meeting}:Meeting {subject: ${actor}.name}) USING INDEX SEEK ${meeting}:Meeting(subject)
    WHERE ${meeting}.kind CONTAINS 'review'`
    : `MATCH (:Document)-[r:RECORDS]->(${meeting}:Meeting) WHERE ${meeting}.subject IS NOT NULL AND ${meeting}.kind CONTAINS 'review'
    MATCH (${actor}:Place {name: ${meeting}.subject}) USING INDEX SEEK ${actor}:Place(name)`;
}

/**
 * Facts a person's relationships carry only through their document: from a meeting, its
 * documents' facts (seeks on documentId); from a person, the meetings its relationships' documents record.
 */
function byDocument(imported: 'a' | 'm', actor: string, meeting: string, fromMeeting: string, fromActor: string): string {
  return imported === 'm'
    ? `MATCH (d:Document)-[:RECORDS]->(${meeting}) MATCH ${fromMeeting}`
    : `MATCH ${fromActor} MATCH (:Document {id: r.documentId})-[:RECORDS]->(${meeting}:Meeting)`;
}

/** Rows of one (actor, meeting): roles merged, statements summed, citations concatenated. */
const MERGE_ROWS = `
WITH who, at, reduce(acc = [], x IN collect(roles) | acc + [y IN x WHERE NOT y IN acc]) AS roles,
  sum(statements) AS statements, collect(rel)[0..${CITES_PER_ROW}] AS rels
CALL {
  WITH rels
  UNWIND rels AS r
  WITH ${cites('r')} AS some
  RETURN reduce(acc = [], x IN collect(some) | acc + x) AS cites
}`;

const SERIES_OF = (m: string) =>
  `COLLECT { MATCH (${m})-[:IN_SERIES]->(inSeries:Series) RETURN DISTINCT {id: inSeries.id, name: inSeries.name, kind: inSeries.kind, subject: inSeries.subject} AS ref ORDER BY ref.id }`;

const MEETING = (m: string) =>
  `{id: ${m}.id, name: ${m}.name, kind: ${m}.kind, subject: ${m}.subject, date: ${m}.date, ordinal: ${m}.ordinal, cycle: ${m}.cycle,
    documents: COLLECT { MATCH (recording:Document)-[:RECORDS]->(${m}) RETURN recording.id AS docId ORDER BY docId }, series: ${SERIES_OF(m)}}`;

const ACTOR = (a: string) => `{id: ${a}.id, label: head(labels(${a})), name: coalesce(${a}.name, ${a}.id), kind: ${a}.kind}`;

/** An organization's, a State's or a person's meetings, oldest first. */
export const ACTOR_TIMELINE = `
MATCH (a {id: $id}) WHERE a:Organization OR a:Place OR a:Person
${participation('a')}
${MERGE_ROWS}
RETURN ${ACTOR('who')} AS actor, ${MEETING('at')} AS meeting, roles, statements, cites AS citations
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
RETURN at.id AS meetingId, collect({actor: ${ACTOR('who')}, roles: roles, statements: statements, citations: cites}) AS participants`;
