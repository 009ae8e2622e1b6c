/**
 * The quick (CI) form of a reliability scenario runs against the tests' Neo4j: this builds
 * its context, and says which claims failed with their figures when a test goes red.
 */
import path from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { outcome, type ScenarioContext, type ScenarioResult } from '../../harness/reliability/scenario.js';
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

/**
 * Every row that could run passed; a failure message lists each failed claim with what was
 * measured. Skipped rows (a claim that cannot be checked on this server) are neither passes
 * nor failures: they are named on stderr, and at least one row must have run.
 */
export function expectAllPassed(rows: ScenarioResult[]): void {
  const ran = rows.filter((r) => outcome(r) !== 'skipped');
  for (const r of rows.filter((r) => outcome(r) === 'skipped')) process.stderr.write(`skipped: ${r.scenario}: ${r.figure}\n`);
  const failed = ran.filter((r) => outcome(r) === 'FAIL').map((r) => `${r.scenario}: ${r.figure}`);
  expect(ran.length).toBeGreaterThan(0);
  expect(failed, failed.join('\n')).toEqual([]);
}
