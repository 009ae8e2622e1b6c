/**
 * The database a benchmark runs against: NEO4J_URI if set, else a local server of its own
 * (`.kg-bench/`, Bolt port 7689; KG_BENCH_DATA_DIR / KG_BENCH_BOLT_PORT move it) so
 * benchmarks never touch `npm start`'s or the tests' data.
 */
import path from 'node:path';
import { loadSettings, PROJECT_ROOT, type Settings } from '../src/config/settings.js';
import { openDatabase, type Database } from '../src/db/connection.js';
import { migrate } from '../src/db/migrations.js';
import { emptyGraph } from '../src/db/empty-graph.js';
import { startLocalServer } from '../src/db/local-server.js';

/** Settings for the bench database: NEO4J_URI when set, else the bench's own local server. */
export function benchSettings(): Settings {
  return loadSettings({
    ...process.env,
    KG_DATA_DIR: process.env.KG_BENCH_DATA_DIR ?? path.join(PROJECT_ROOT, '.kg-bench'),
    KG_BOLT_PORT: process.env.KG_BENCH_BOLT_PORT ?? '7689',
  });
}

export async function openBenchDatabase(): Promise<Database> {
  return (await openBenchTarget()).db;
}

/**
 * The bench database and settings that reach it directly (NEO4J_URI/USER/PASSWORD filled in
 * from the running local server), for API servers and CLI processes the bench starts.
 */
export async function openBenchTarget(): Promise<{ db: Database; settings: Settings }> {
  let settings = benchSettings();
  if (!settings.neo4j.external) {
    const info = await startLocalServer({
      dataDir: settings.dataDir,
      boltPort: settings.boltPort,
      projectRoot: PROJECT_ROOT,
      log: (m) => process.stderr.write(`[bench neo4j] ${m}\n`),
    });
    settings = loadSettings({ ...process.env, NEO4J_URI: info.uri, NEO4J_USER: info.user, NEO4J_PASSWORD: info.password });
  }
  const db = await openDatabase(settings);
  await migrate(db);
  return { db, settings };
}

/** Every node and relationship deleted, the schema kept (see src/db/empty-graph.ts). */
export async function emptyDatabase(db: Database): Promise<void> {
  await emptyGraph(db);
}
