/**
 * Faults: the database killed (kill -9) or stopped under the CLI and under the API.
 *
 * 1. kill -9 of Neo4j during a large `kg ingest DIR` (quick: one kill mid-transaction in 30
 *    documents; full: three kills in 300, one between documents, one mid-transaction, one deep
 *    in a large document's transaction): the CLI fails fast with one line, the restarted
 *    server holds only whole documents, reruns skip what is in, and the final export is
 *    byte-identical to a clean run's.
 * 2. Neo4j stopped under `kg serve` (full: a clean stop, then kill -9; quick: kill -9):
 *    clear 503s while down, correct answers again by itself once it is back, no crash.
 *
 * It kills a server, so it never touches ctx.db: it runs its own local Neo4j
 * (KG_FAULTS_DATA_DIR, default .kg-faults/; KG_FAULTS_BOLT_PORT, default 7695), stopped at
 * the end whatever happens.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Scenario, ScenarioResult } from './scenario.js';
import { apiWhileDown } from './faults/api-while-down.js';
import { killDuringIngest } from './faults/kill-during-ingest.js';
import { FaultsServer } from './faults/server.js';

export const faults: Scenario = async (ctx) => {
  const server = new FaultsServer(ctx.log);
  const workDir = await mkdtemp(path.join(tmpdir(), 'kg-faults-'));
  try {
    const cold = await server.start();
    ctx.log(`faults: Neo4j on port ${server.options.boltPort} ready in ${cold.seconds.toFixed(1)} s`);
    const rows: ScenarioResult[] = [];
    rows.push(...(await killDuringIngest({ quick: ctx.quick, server, workDir, coldStartSeconds: cold.seconds, log: ctx.log })));
    rows.push(...(await apiWhileDown({ quick: ctx.quick, server, log: ctx.log })));
    return rows;
  } finally {
    await server.stop().catch((err: unknown) => ctx.log(`faults: could not stop Neo4j: ${(err as Error).message}`));
    await rm(workDir, { recursive: true, force: true });
  }
};
