/**
 * Integration tests' access to the shared test Neo4j (started by tests/global-setup.ts).
 * Test files run one at a time (vitest.config.ts), and each starts from an empty graph.
 */
import { inject } from 'vitest';
import neo4j from 'neo4j-driver';
import { wrapDriver, type Database } from '../../src/db/connection.js';
import { migrate } from '../../src/db/migrations.js';
import { emptyGraph } from '../../src/db/empty-graph.js';
import { loadSettings, type Settings } from '../../src/config/settings.js';

export function testNeo4j(): { uri: string; user: string; password: string } {
  const target = inject('neo4j');
  if (!target) throw new Error('integration tests need the test Neo4j: run `npm test`, not `npm run test:unit`');
  return target;
}

export async function openTestDatabase(): Promise<Database> {
  const t = testNeo4j();
  const driver = neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password), { disableLosslessIntegers: true });
  const db = wrapDriver(driver, t.uri, undefined, 30_000);
  await migrate(db);
  return db;
}

/** Settings that point the code under test at the test server (for the CLI and the API). */
export function testSettings(overrides: Record<string, string> = {}): Settings {
  const t = testNeo4j();
  return loadSettings({ NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, ...overrides });
}

/** Empties the graph (schema stays). */
export async function resetDatabase(db: Database): Promise<void> {
  await emptyGraph(db);
}
