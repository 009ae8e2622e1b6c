/**
 * One real Neo4j for the whole test run, on its own data directory and port so `npm test`
 * never touches the data of `npm start`. Point KG_TEST_NEO4J_URI (+ _USER/_PASSWORD) at a
 * server of your own to skip the local one. KG_TEST_NO_DB=1 (npm run test:unit) starts none.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../src/config/settings.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string } | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.KG_TEST_NO_DB === '1') return void project.provide('neo4j', null);
  if (process.env.KG_TEST_NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.KG_TEST_NEO4J_URI,
      user: process.env.KG_TEST_NEO4J_USER ?? 'neo4j',
      password: process.env.KG_TEST_NEO4J_PASSWORD ?? '',
    });
    return;
  }
  const opts = {
    dataDir: path.resolve(process.env.KG_TEST_DATA_DIR ?? path.join(PROJECT_ROOT, '.kg-test')),
    boltPort: Number(process.env.KG_TEST_BOLT_PORT ?? 7688),
    projectRoot: PROJECT_ROOT,
    log: (msg: string) => process.stderr.write(`[test neo4j] ${msg}\n`),
  };
  // Imported here so unit-only runs never load the server code.
  const { startLocalServer, stopLocalServer } = await import('../src/db/local-server.js');
  const info = await startLocalServer(opts);
  project.provide('neo4j', { uri: info.uri, user: info.user, password: info.password });
  return async () => {
    // Leave a server someone else started running; stop the one this run started.
    if (info.started) await stopLocalServer(opts);
  };
}
