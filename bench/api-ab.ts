/**
 * The API's CPU per request in two checkouts of this project under the same load: this one
 * and another (e.g. a `git worktree` or `git archive` of main, with node_modules linked),
 * each serving from its own process over the same bench database, with autocannon rounds
 * alternating between them (A B B A A B …) so the machine's load weighs on both alike. On a
 * shared machine latency moves too much between runs to compare two changes; CPU time per
 * request of each process (/proc) read in the same stretch of time moves much less.
 *
 *   npx tsx bench/api-ab.ts <other checkout> [requests per round = 300] [rounds = 6] [concurrency = 8]
 *
 * KG_AB_THIS_<VAR>=… and KG_AB_OTHER_<VAR>=… set <VAR> for one side only (the same checkout
 * twice: `npx tsx bench/api-ab.ts . …` with KG_AB_OTHER_KG_GRAPHQL_JIT=off).
 *
 * Prints, per operation of harness/operations.ts, CPU ms/request and p50 latency of each side.
 * Uses the bench database as bench/api.ts leaves it (the seed ingested; ingests it if empty).
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config/settings.js';
import { ingestFiles } from '../src/ingest/index.js';
import { postGraphql, processCpuMs } from './graphql-load.js';
import { openBenchTarget } from './bench-db.js';
import { startApiProcess, type ApiProcess } from '../harness/reliability/api-process.js';
import { OPERATIONS } from '../harness/operations.js';

const other = path.resolve(process.argv[2] ?? '');
const REQUESTS = Number(process.argv[3] ?? 300);
const ROUNDS = Number(process.argv[4] ?? 6);
const CONNECTIONS = Number(process.argv[5] ?? 8);
const WARMUP = Number(process.env.KG_BENCH_WARMUP ?? 500);
const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');

async function main(): Promise<void> {
  if (!process.argv[2]) throw new Error('usage: bench/api-ab.ts <other checkout> [requests] [rounds] [concurrency]');
  const { db, settings } = await openBenchTarget();
  const count = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, db.database ? { database: db.database } : {});
  if (Number(count.records[0]!.get('n')) === 0) await ingestFiles(db, [SEED]);
  const otherModule = path.join(other, 'harness', 'reliability', 'api-process.ts');
  const { startApiProcess: startOther } = (await import(otherModule)) as { startApiProcess: typeof startApiProcess };
  const env: Record<string, string> = process.env.KG_TRANSLATION_CACHE ? { KG_TRANSLATION_CACHE: process.env.KG_TRANSLATION_CACHE } : {};
  const sides: [string, ApiProcess][] = [
    ['this', await startApiProcess(settings, { ...env, ...prefixed('KG_AB_THIS_') })],
    [path.basename(other), await startOther(settings, { ...env, ...prefixed('KG_AB_OTHER_') })],
  ];
  const rows: Record<string, string | number>[] = [];
  try {
    for (const op of OPERATIONS) {
      const body = JSON.stringify({ query: op.query, variables: op.variables ?? {} });
      for (const [, api] of sides) await postGraphql(api.url, body, CONNECTIONS, WARMUP);
      const cpu = [0, 0];
      const times: number[][] = [[], []];
      for (let round = 0; round < ROUNDS; round++) {
        for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) {
          const api = sides[i]![1];
          const c0 = processCpuMs(api.pid);
          times[i]!.push(...(await postGraphql(api.url, body, CONNECTIONS, REQUESTS)));
          cpu[i]! += processCpuMs(api.pid) - c0;
        }
      }
      const row: Record<string, string | number> = { operation: op.name };
      sides.forEach(([name], i) => {
        row[`${name} CPU ms/req`] = round(cpu[i]! / times[i]!.length);
        row[`${name} p50 ms`] = round(p50(times[i]!));
      });
      row['CPU this/other'] = round(cpu[0]! / times[0]!.length / (cpu[1]! / times[1]!.length));
      rows.push(row);
    }
  } finally {
    for (const [, api] of sides) await api.close();
    await db.close();
  }
  console.log(`c${CONNECTIONS}, ${ROUNDS} rounds of ${REQUESTS} requests per side and operation, after ${WARMUP} each`);
  console.table(rows);
}

/** Variables for one side only: KG_AB_THIS_KG_GRAPHQL_JIT=off gives this side KG_GRAPHQL_JIT=off. */
function prefixed(prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env)
      .filter(([k, v]) => k.startsWith(prefix) && v !== undefined)
      .map(([k, v]) => [k.slice(prefix.length), v!]),
  );
}

function p50(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
