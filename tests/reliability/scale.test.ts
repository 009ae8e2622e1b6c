/**
 * The scale scenario in its quick form (20 then 60 synthetic documents): zero failed
 * documents, pipeline ≥ 0.5× a raw load, neighbourhood and search p95 at 60 within 1.5× of
 * their p95 at 20. The full form (100 → 10,000) runs in `npm run bench:reliability`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.js';
import { scale } from '../../harness/reliability/scale.js';
import { openTestDatabase, resetDatabase, testSettings } from '../support/test-db.js';

describe('reliability: scale (quick)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await resetDatabase(db);
    await db.close();
  });

  it('ingests without failures, keeps up with a raw load, and keeps p95 flat as the graph grows', { timeout: 180_000 }, async () => {
    const verbose = process.env.KG_RELIABILITY_VERBOSE === '1';
    const rows = await scale({
      quick: true,
      db,
      settings: testSettings(),
      log: (m) => {
        if (verbose) process.stderr.write(`${m}\n`);
      },
    });
    const table = rows.map((r) => `${r.pass ? 'pass' : 'FAIL'}  ${r.scenario}: ${r.figure}`).join('\n');
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.filter((r) => !r.pass),
      table,
    ).toEqual([]);
  });
});
