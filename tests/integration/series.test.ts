/**
 * Series on the real corpus (issue 11): the Universal Periodic Review of Slovenia in three
 * cycles, as `npm start` loads it from seeds/. The Working Group reports of 2010 (A/HRC/14/15,
 * seventh session), 2014 (A/HRC/28/15, twentieth session) and 2019 (A/HRC/43/15, thirty-fourth
 * session) and the stakeholders' summaries prepared for the last two reviews
 * (A/HRC/WG.6/20/SVN/3, A/HRC/WG.6/34/SVN/3) must make three meetings of one series, each
 * review's two documents recording one meeting, which survives re-ingesting or removing either.
 */
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, resetDatabase } from '../support/test-db.js';
import type { Database } from '../../src/db/connection.js';
import { ingestFiles } from '../../src/ingest/index.js';
import { CountingWriter } from '../../src/ingest/load/index.js';
import { PROJECT_ROOT } from '../../src/config/settings.js';

const seed = (f: string) => path.join(PROJECT_ROOT, 'seeds', f);
export const SLOVENIA = ['A_HRC_14_15.pdf', 'A_HRC_WG.6_20_SVN_3.pdf', 'A_HRC_28_15.pdf', 'A_HRC_WG.6_34_SVN_3.pdf', 'A_HRC_43_15.pdf'].map(seed);
const SERIES = 'series:universal-periodic-review-of-slovenia';
const UPR = 'wg:working-group-on-the-universal-periodic-review';

let db: Database;

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject() as T));
}

beforeAll(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  const reports = await ingestFiles(db, SLOVENIA);
  for (const r of reports) expect(r.status, `${r.file}: ${r.error ?? ''}`).toBe('created');
}, 600_000);
afterAll(async () => db?.close());

describe('the UPR of Slovenia as one series', () => {
  it('makes one meeting per review, recorded by both of its documents', async () => {
    const meetings = await rows<{ id: string; date: string; docs: string[]; subject: string; kind: string }>(
      `MATCH (m:Meeting)-[:IN_SERIES]->(:Series {id: $series})
       MATCH (d:Document)-[:RECORDS]->(m)
       WITH DISTINCT m, d ORDER BY d.id
       RETURN m.id AS id, m.date AS date, m.subject AS subject, m.kind AS kind, collect(d.symbol) AS docs ORDER BY m.date`,
      { series: SERIES },
    );
    // A/HRC/14/15 ¶1: "held its seventh session from 8 to 19 February 2010. The review of Slovenia was held at the 14th meeting, on 16 February 2010."
    // A/HRC/28/15 ¶1: twentieth session; "The review of Slovenia was held at the 13th meeting on 4 November 2014."
    // A/HRC/43/15 ¶1: thirty-fourth session; "… at the 13th meeting, on 12 November 2019."
    // The summaries' title blocks: "Working Group on the Universal Periodic Review / Twentieth session" (… Thirty-fourth session) and Slovenia.
    expect(meetings).toEqual([
      { id: `${UPR}/session:7/review:slovenia`, date: '2010-02-16', subject: 'Slovenia', kind: 'universal periodic review', docs: ['A/HRC/14/15'] },
      { id: `${UPR}/session:20/review:slovenia`, date: '2014-11-04', subject: 'Slovenia', kind: 'universal periodic review', docs: ['A/HRC/28/15', 'A/HRC/WG.6/20/SVN/3'] },
      { id: `${UPR}/session:34/review:slovenia`, date: '2019-11-12', subject: 'Slovenia', kind: 'universal periodic review', docs: ['A/HRC/43/15', 'A/HRC/WG.6/34/SVN/3'] },
    ]);
  });
});
