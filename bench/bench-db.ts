/**
 * The database a benchmark runs against: NEO4J_URI if set, else a local server of its own
 * (`.kg-bench/`, Bolt port 7689) so benchmarks never touch `npm start`'s or the tests' data.
 */
import path from 'node:path';
import { loadSettings, PROJECT_ROOT } from '../src/config/settings.js';
import { openDatabase, type Database } from '../src/db/connection.js';
import { migrate } from '../src/db/migrations.js';

export async function openBenchDatabase(): Promise<Database> {
  const settings = loadSettings({
    ...process.env,
    KG_DATA_DIR: process.env.KG_BENCH_DATA_DIR ?? path.join(PROJECT_ROOT, '.kg-bench'),
    KG_BOLT_PORT: process.env.KG_BENCH_BOLT_PORT ?? '7689',
  });
  const db = await openDatabase(settings, { log: (m) => process.stderr.write(`[bench neo4j] ${m}\n`) });
  await migrate(db);
  return db;
}

export async function emptyDatabase(db: Database): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
