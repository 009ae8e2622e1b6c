/**
 * The API's overhead: p50 and p95 latency of five representative operations sent through
 * GraphQL (HTTP, autocannon) against the very same Cypher sent directly with neo4j-driver,
 * in the same run, at concurrency 1 and 8. Printed as ratios (these machines are shared
 * and noisy: only ratios mean anything). Aim: p50 ≤ 1.3×, p95 ≤ 1.5×. The server runs as
 * `kg start` runs it, translation cache on (KG_TRANSLATION_CACHE=off in the environment
 * measures it without: the variable is passed to the API process).
 *
 *   npx tsx bench/api.ts [requests per measurement = 300] [synthetic documents besides the seed = 0]
 *
 * With synthetic documents (harness/corpus/synthetic-corpus.ts, seed 42), the operations run
 * over a corpus instead of one document: their Cypher does more work and returns more rows,
 * as it does for a user with many meetings ingested.
 *
 * Each measurement alternates six rounds of GraphQL and the two ways of sending the Cypher
 * directly (G A M, M A G, …), so a change in machine load during the run weighs on all alike.
 *
 * Both sides are first warmed up on every operation (KG_BENCH_WARMUP requests each, default
 * 500), as a server that has been running is: the direct side's driver code is already hot
 * from ingesting the seed and capturing the Cypher, while the API process starts cold, and
 * V8 optimises a function only after many calls (here `{ __typename }` took 0.66 ms of the
 * API's CPU per request over its first thousand requests and 0.20 ms over its third), so
 * without this the first operations measured charged the API's start-up to its per-request cost.
 *
 * A third baseline, the HTTP floor (http-floor-server.ts): a bare Node HTTP server in its own
 * process that sends the same Cypher and writes the records back as JSON. It is the least any
 * API process can do for a read, so its ratio to the Cypher sent directly is what HTTP and a
 * second process cost on this machine, and the API's ratio to it is GraphQL's own share.
 *
 * Latency on two shared cores moves with the machine's load; CPU time per request moves
 * much less, so it is printed too: the API process's (from /proc, GraphQL rounds only) and
 * this process's while it sends the Cypher directly (direct rounds only: the driver's).
 *
 * "The same Cypher": for generated operations, the query @neo4j/graphql compiled (captured
 * from the driver on a first run, with its parameters); for custom ones, the query the
 * resolver sends. Two direct baselines, both with the same timeout as the API:
 *   - auto-commit: one `session.run`, RUN + PULL in one round trip. This is how the API sends
 *     its reads (src/db/auto-commit-read.ts), so its ratio is the API's own overhead, like for like.
 *   - managed tx: `session.executeRead` (BEGIN, RUN + PULL, COMMIT), the driver's documented way
 *     and how the API sent its reads until December 2026 (the earlier tables in the README).
 */
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { loadSettings, PROJECT_ROOT } from '../src/config/settings.js';
import { ingestFiles, Ingestor } from '../src/ingest/index.js';
import { generateCorpus } from '../harness/corpus/synthetic-corpus.js';
import { postGraphql, processCpuMs } from './graphql-load.js';
import { openBenchTarget, emptyDatabase } from './bench-db.js';
import { startApiProcess } from '../harness/reliability/api-process.js';
import { captureCypher, OPERATIONS, sendDirect, type Captured } from '../harness/operations.js';
import { startFloorServer } from './http-floor-server.js';
import path from 'node:path';

const REQUESTS = Number(process.argv[2] ?? 300);
const CORPUS = Number(process.argv[3] ?? 0);
const ROUNDS = 6;
const WARMUP = 50;
const FIRST_WARMUP = Number(process.env.KG_BENCH_WARMUP ?? 500);
const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');

async function main(): Promise<void> {
  const { db, settings: target } = await openBenchTarget();
  await emptyDatabase(db);
  const [report] = await ingestFiles(db, [SEED]);
  if (!report || report.status === 'failed') throw new Error(`seed ingestion failed: ${report?.error}`);
  if (CORPUS > 0) {
    const ingestor = await Ingestor.create(db);
    for (const doc of generateCorpus({ count: CORPUS, seed: 42 })) {
      const r = await ingestor.ingestBytes(Buffer.from(doc.text), doc.name);
      if (r.status === 'failed') throw new Error(`${doc.name}: ${r.error}`);
    }
  }

  // The Cypher each operation sends, captured once through a recording driver.
  const settings = loadSettings({ ...process.env, LOG_LEVEL: 'silent' });
  const captured = await captureCypher(db, settings, OPERATIONS);
  const plans = OPERATIONS.map((op, i) => ({ op, cypher: captured[i]! }));

  // Measured against the API in its own process, as a client sees it.
  const server = await startApiProcess(
    target,
    process.env.KG_TRANSLATION_CACHE ? { KG_TRANSLATION_CACHE: process.env.KG_TRANSLATION_CACHE } : {},
  );
  // The floor: a bare HTTP server sending the same Cypher (http-floor-server.ts), the best any API process could do.
  const floor = await startFloorServer(target);
  const rows: Record<string, string | number>[] = [];
  try {
    for (const { op, cypher } of plans) {
      await postGraphql(server.url, JSON.stringify({ query: op.query, variables: op.variables ?? {} }), 8, FIRST_WARMUP);
      await floor.use(cypher);
      await postGraphql(floor.url, '{}', 8, FIRST_WARMUP);
      await direct(db.driver, db.database, cypher, 8, FIRST_WARMUP, db.txTimeoutMs, 'auto-commit');
      await direct(db.driver, db.database, cypher, 8, FIRST_WARMUP, db.txTimeoutMs, 'managed');
    }
    for (const concurrency of [1, 8]) {
      for (const { op, cypher } of plans) {
        const body = JSON.stringify({ query: op.query, variables: op.variables ?? {} });
        await postGraphql(server.url, body, concurrency, WARMUP);
        await floor.use(cypher);
        await postGraphql(floor.url, '{}', concurrency, WARMUP);
        await direct(db.driver, db.database, cypher, concurrency, WARMUP, db.txTimeoutMs, 'auto-commit');
        await direct(db.driver, db.database, cypher, concurrency, WARMUP, db.txTimeoutMs, 'managed');
        // Alternating rounds (G A M, M A G, …): drift in machine load hits every side alike.
        const times: Record<Side, number[]> = { g: [], a: [], m: [], f: [] };
        const cpuMs: Record<Side, number> = { g: 0, a: 0, m: 0, f: 0 };
        const perRound = Math.ceil(REQUESTS / ROUNDS);
        for (let round = 0; round < ROUNDS; round++) {
          const sides: Side[] = round % 2 === 0 ? ['g', 'f', 'a', 'm'] : ['m', 'a', 'f', 'g'];
          for (const side of sides) {
            if (side === 'g') {
              const cpu0 = processCpuMs(server.pid);
              times.g.push(...(await postGraphql(server.url, body, concurrency, perRound)));
              cpuMs.g += processCpuMs(server.pid) - cpu0;
            } else if (side === 'f') {
              const cpu0 = processCpuMs(floor.pid);
              times.f.push(...(await postGraphql(floor.url, '{}', concurrency, perRound)));
              cpuMs.f += processCpuMs(floor.pid) - cpu0;
            } else {
              const cpu0 = process.cpuUsage();
              times[side].push(...(await direct(db.driver, db.database, cypher, concurrency, perRound, db.txTimeoutMs, MODE[side])));
              const cpu = process.cpuUsage(cpu0);
              cpuMs[side] += (cpu.user + cpu.system) / 1000;
            }
          }
        }
        const g = percentiles(times.g);
        const a = percentiles(times.a);
        const m = percentiles(times.m);
        const f = percentiles(times.f);
        rows.push({
          operation: op.name,
          c: concurrency,
          'graphql p50/p95 ms': `${round(g.p50)} / ${round(g.p95)}`,
          'auto-commit p50/p95 ms': `${round(a.p50)} / ${round(a.p95)}`,
          'managed tx p50/p95 ms': `${round(m.p50)} / ${round(m.p95)}`,
          'ratio to auto-commit': `${round(g.p50 / a.p50)} / ${round(g.p95 / a.p95)}`,
          'ratio to managed tx': `${round(g.p50 / m.p50)} / ${round(g.p95 / m.p95)}`,
          'HTTP floor ratio to auto-commit': `${round(f.p50 / a.p50)} / ${round(f.p95 / a.p95)}`,
          'ratio to HTTP floor': `${round(g.p50 / f.p50)} / ${round(g.p95 / f.p95)}`,
          'CPU ms/req API, floor, auto, managed': `${round(cpuMs.g / times.g.length)}, ${round(cpuMs.f / times.f.length)}, ${round(cpuMs.a / times.a.length)}, ${round(cpuMs.m / times.m.length)}`,
        });
      }
    }
  } finally {
    await server.close();
    await floor.close();
    await db.close();
  }
  console.log(
    `graph: the seed${CORPUS ? ` and ${CORPUS} synthetic documents` : ''}; requests per measurement: ${REQUESTS} (GraphQL over HTTP with autocannon vs the same Cypher with neo4j-driver, as one auto-commit query and in a managed read transaction), after ${FIRST_WARMUP} of each operation on each side`,
  );
  console.table(rows);
}

type Side = 'g' | 'a' | 'm' | 'f';
const MODE = { a: 'auto-commit', m: 'managed' } as const;

/** Latencies of `amount` runs of the Cypher, `concurrency` at a time, each in its own session, sent in `mode`. */
async function direct(
  driver: Driver,
  database: string | undefined,
  c: Captured,
  concurrency: number,
  amount: number,
  timeout: number,
  mode: Captured['mode'],
): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < amount) {
      next++;
      const t0 = performance.now();
      await sendDirect(driver, database, c, timeout, mode);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return times;
}

interface Percentiles {
  p50: number;
  p95: number;
}

function percentiles(times: number[]): Percentiles {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
