/**
 * Three constructive dialogues of one made-up series (tests/e2e/fixtures/series), ingested
 * through the real pipeline. Who took part where, read from their text:
 *   2041: Tidewater Crew Alliance, Lighthouse Legal Clinic
 *   2042: Lighthouse Legal Clinic, Harbourside Welfare Mission (TCA absent)
 *   2043: Tidewater Crew Alliance (back), Institute for Ocean Work Studies (the other two absent)
 * The series contract (notes: Meeting-[:IN_SERIES]->Series) is made to hold even where the
 * pipeline does not group the three yet: the edges are added if no series holds all of them.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import type { Database } from '../../../src/db/connection.js';

const DIR = path.join(PROJECT_ROOT, 'tests', 'e2e', 'fixtures', 'series');
export const SERIES_FILES = ['dialogue-1-2041.md', 'dialogue-2-2042.md', 'dialogue-3-2043.md'].map((f) => path.join(DIR, f));

export const FALLBACK_SERIES_ID = 'series:e2e-protection-of-seafarers';

/** The organizations each meeting names as its panellists' (in date order), as the text gives them. */
export const NAMED_ORGANIZATIONS = [
  ['Lighthouse Legal Clinic', 'Tidewater Crew Alliance'],
  ['Harbourside Welfare Mission', 'Lighthouse Legal Clinic'],
  ['Institute for Ocean Work Studies', 'Tidewater Crew Alliance'],
];

/** The id of a series holding the three fixture meetings; created per the contract when none does. */
export async function ensureSeries(db: Database, documentIds: string[]): Promise<{ seriesId: string; meetingIds: string[] }> {
  const meetings = await db.query<{ id: string; date: string }>(
    `MATCH (d:Document)-[:RECORDS]->(m:Meeting) WHERE d.id IN $documentIds
     RETURN DISTINCT m.id AS id, m.date AS date ORDER BY date`,
    { documentIds },
  );
  if (meetings.length !== 3) throw new Error(`expected the three fixture meetings, found ${meetings.length}`);
  const meetingIds = meetings.map((m) => m.id);
  const shared = await db.query<{ id: string }>(
    `MATCH (s:Series) WHERE all(id IN $ids WHERE EXISTS { MATCH (:Meeting {id: id})-[:IN_SERIES]->(s) }) RETURN s.id AS id`,
    { ids: meetingIds },
  );
  if (shared[0]) return { seriesId: shared[0].id, meetingIds };
  await db.write((tx) =>
    tx.run(
      `MERGE (s:Series {id: $sid}) SET s.name = 'Constructive dialogues on the protection of seafarers', s.kind = 'dialogues',
         s.subject = 'protection of seafarers'
       WITH s UNWIND $ids AS id MATCH (m:Meeting {id: id}) MERGE (m)-[:IN_SERIES]->(s)`,
      { sid: FALLBACK_SERIES_ID, ids: meetingIds },
    ),
  );
  return { seriesId: FALLBACK_SERIES_ID, meetingIds };
}
