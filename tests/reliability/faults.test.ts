/**
 * The faults scenario in its quick form (harness/reliability/faults.ts): kill -9 of Neo4j in
 * the middle of `kg ingest`, then under `kg serve`. It runs its own Neo4j (KG_FAULTS_DATA_DIR,
 * KG_FAULTS_BOLT_PORT: default .kg-faults/ and 7695), never the tests' server, which it
 * would have to kill. KG_RELIABILITY_VERBOSE=1 shows its progress.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Database } from '../../src/db/connection.js';
import { faults } from '../../harness/reliability/faults.js';
import type { ScenarioResult } from '../../harness/reliability/scenario.js';
import { openTestDatabase, testSettings } from '../support/test-db.js';

// A cold Neo4j start, two restarts after kill -9, three CLI runs and an API: minutes on a loaded machine.
const TIMEOUT_MS = 15 * 60_000;

const show = (r: ScenarioResult) => `${r.pass ? 'pass' : 'FAIL'}  ${r.scenario}: ${r.figure}`;

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db?.close();
});

describe('faults (quick)', () => {
  it('kill -9 mid-ingest and the database going away under the API: every claim holds', { timeout: TIMEOUT_MS }, async () => {
    const verbose = process.env.KG_RELIABILITY_VERBOSE === '1';
    const rows = await faults({
      quick: true,
      db,
      settings: testSettings(),
      log: (m) => void (verbose && process.stderr.write(`${m}\n`)),
    });
    const report = rows.map(show).join('\n');
    expect(
      rows.filter((r) => !r.pass),
      report,
    ).toEqual([]);
    // The claims the quick version makes: CLI, wholeness, recovery, rerun, export; API down, back, alive.
    expect(
      rows.map((r) => r.scenario),
      report,
    ).toHaveLength(8);
  });
});
