/**
 * The quick (CI) form of a reliability scenario runs against the tests' Neo4j: this builds
 * its context, and says which claims failed with their figures when a test goes red.
 */
import path from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import type { ScenarioContext, ScenarioResult } from '../../bench/reliability/scenario.js';
import { openTestDatabase, testSettings } from './test-db.js';

export async function quickScenarioContext(): Promise<ScenarioContext> {
  const db = await openTestDatabase();
  // The tests' own local server, unless KG_TEST_NEO4J_URI points at another (see global-setup.ts).
  const localServer = process.env.KG_TEST_NEO4J_URI
    ? undefined
    : {
        dataDir: path.resolve(process.env.KG_TEST_DATA_DIR ?? path.join(PROJECT_ROOT, '.kg-test')),
        boltPort: Number(process.env.KG_TEST_BOLT_PORT ?? 7688),
      };
  return {
    quick: true,
    db,
    settings: testSettings(),
    ...(localServer ? { localServer } : {}),
    log: (m) => {
      if (process.env.KG_RELIABILITY_VERBOSE === '1') process.stderr.write(`${m}\n`);
    },
  };
}

/** Every row passed; a failure message lists each failed claim with what was measured. */
export function expectAllPassed(rows: ScenarioResult[]): void {
  const failed = rows.filter((r) => !r.pass).map((r) => `${r.scenario}: ${r.figure}`);
  expect(rows.length).toBeGreaterThan(0);
  expect(failed, failed.join('\n')).toEqual([]);
}
