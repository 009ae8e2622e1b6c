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
export const SLOVENIA = ['A_HRC_14_15.pdf', 'A_HRC_WG.6_20_SVN_3.pdf', 'A_HRC_28_15.pdf', 'A_HRC_WG.6_34_SVN_3.pdf', 'A_HRC_43_15.pdf'].map(
  seed,
);
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
      {
        id: `${UPR}/session:7/review:slovenia`,
        date: '2010-02-16',
        subject: 'Slovenia',
        kind: 'universal periodic review',
        docs: ['A/HRC/14/15'],
      },
      {
        id: `${UPR}/session:20/review:slovenia`,
        date: '2014-11-04',
        subject: 'Slovenia',
        kind: 'universal periodic review',
        docs: ['A/HRC/28/15', 'A/HRC/WG.6/20/SVN/3'],
      },
      {
        id: `${UPR}/session:34/review:slovenia`,
        date: '2019-11-12',
        subject: 'Slovenia',
        kind: 'universal periodic review',
        docs: ['A/HRC/43/15', 'A/HRC/WG.6/34/SVN/3'],
      },
    ]);
  });
});

describe('a meeting two documents record', () => {
  const REVIEW_2019 = `${UPR}/session:34/review:slovenia`;
  const state = () =>
    rows<{ date: string; docs: string[]; produced: number; fromReport: number; fromSummary: number; series: number }>(
      `MATCH (m:Meeting {id: $id})
       RETURN m.date AS date,
         COLLECT { MATCH (d:Document)-[:RECORDS]->(m) RETURN d.id ORDER BY d.id } AS docs,
         COUNT { (m)-[:PRODUCED]->() } AS produced,
         COUNT { ()-[:PARTICIPATED_IN {documentId: 'doc:a-hrc-43-15'}]->(m) } AS fromReport,
         COUNT { ()-[:PARTICIPATED_IN {documentId: 'doc:a-hrc-wg-6-34-svn-3'}]->(m) } AS fromSummary,
         size(COLLECT { MATCH (m)-[:IN_SERIES]->(s:Series {id: $series}) RETURN DISTINCT s.id }) AS series`,
      { id: REVIEW_2019, series: SERIES },
    );

  it('keeps the report’s facts when the summary is ingested again in another form', async () => {
    const [before] = await state();
    // The Markdown twin of A/HRC/WG.6/34/SVN/3: the same symbol, so the same document, read anew.
    const twin = path.join(PROJECT_ROOT, 'tests/fixtures/corpus/01_upr-stakeholders-summary-slovenia-2019.md');
    const [report] = await ingestFiles(db, [twin]);
    expect(report?.status).toBe('updated');
    const [after] = await state();
    expect(after).toMatchObject({
      date: before!.date,
      docs: before!.docs,
      produced: before!.produced,
      fromReport: before!.fromReport,
      series: 1,
    });
    expect(after!.fromSummary).toBeGreaterThan(0);
    // "The review of Slovenia was held at the 13th meeting, on 12 November 2019" (A/HRC/43/15 ¶1) wins over the summary's session dates.
    expect(after?.date).toBe('2019-11-12');
  }, 300_000);

  it('survives removing the report, as the summary states it, and takes the report back', async () => {
    const [before] = await state();
    const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        const w = new CountingWriter(tx, {});
        await w.removeShare('doc:a-hrc-43-15');
        await w.reconcileSharedMeetings();
      });
    } finally {
      await session.close();
    }
    const [alone] = await state();
    // Only the summary records it now: its title block gives the session, "4-15 November 2019".
    expect(alone).toMatchObject({ date: '2019-11-04', docs: ['doc:a-hrc-wg-6-34-svn-3'], produced: 0, fromReport: 0, series: 1 });
    expect(alone!.fromSummary).toBe(before!.fromSummary);
    const [report] = await ingestFiles(db, [seed('A_HRC_43_15.pdf')]);
    expect(report?.status).toBe('created');
    expect(await state()).toEqual([before]);
  }, 300_000);
});
