/**
 * The timelines read a State's reviews by value (a review's meeting has the State's name as its
 * subject), so they stay flat as the corpus grows only if that join is an index seek: the schema
 * (db/migrations.ts) indexes Meeting(subject) and Place(name), and the queries
 * (api/cypher/timelines.ts) compare exactly so the planner can use them. Checked on the plans
 * Neo4j makes for the queries the API sends, with a few series in the graph so the planner has
 * counts to go on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.js';
import { ACTOR_TIMELINE, SERIES_PARTICIPANTS } from '../../src/api/cypher/timelines.js';
import { Ingestor } from '../../src/ingest/index.js';
import { generateCorpus } from '../../harness/corpus/synthetic-corpus.js';
import { openTestDatabase, resetDatabase } from '../support/test-db.js';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  const ingestor = await Ingestor.create(db);
  for (const d of generateCorpus({ count: 12, seed: 7, seriesSize: 4 })) {
    const r = await ingestor.ingestBytes(Buffer.from(d.text), d.name);
    expect(r.status, r.error ?? '').not.toBe('failed');
  }
}, 300_000);
afterAll(async () => {
  await resetDatabase(db);
  await db?.close();
});

async function plan(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = db.driver.session(db.database ? { database: db.database } : {});
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, params);
    const out: string[] = [];
    const walk = (n: PlanNode) => {
      out.push(`${n.operatorType.replace(/@.*$/, '')} ${String(n.arguments.Details ?? '')}`);
      n.children.forEach(walk);
    };
    walk(result.summary.plan as unknown as PlanNode);
    return out;
  } finally {
    await session.close();
  }
}

describe('the schema behind the timelines', () => {
  it('indexes Meeting(subject) and Place(name)', async () => {
    const rows = await db.query<{ label: string; property: string; state: string }>(
      `SHOW INDEXES YIELD labelsOrTypes, properties, state, type WHERE type = 'RANGE'
       RETURN labelsOrTypes[0] AS label, properties[0] AS property, state`,
    );
    const online = rows.filter((r) => r.state === 'ONLINE').map((r) => `${r.label}(${r.property})`);
    expect(online).toEqual(expect.arrayContaining(['Meeting(subject)', 'Place(name)']));
  });

  it("finds a State's reviews through the subject index, reading no Meeting by label", async () => {
    const steps = await plan(ACTOR_TIMELINE, { id: 'place:democratic-republic-of-the-congo' });
    expect(steps.filter((s) => /^(NodeByLabelScan|AllNodesScan)/.test(s))).toEqual([]);
    expect(steps.some((s) => /^NodeIndexSeek.*:Meeting\(subject\)/.test(s))).toBe(true);
  });

  it("finds a series' reviewed States through the name index, reading no Place by label", async () => {
    const [series] = await db.query<{ id: string }>(`MATCH (s:Series) RETURN s.id AS id ORDER BY id LIMIT 1`);
    const steps = await plan(SERIES_PARTICIPANTS, { id: series!.id });
    expect(steps.filter((s) => /^(NodeByLabelScan|AllNodesScan)/.test(s))).toEqual([]);
    expect(steps.some((s) => /^NodeIndexSeek.*:Place\(name\)/.test(s))).toBe(true);
  });
});
