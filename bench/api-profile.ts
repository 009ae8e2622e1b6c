/**
 * Where the API's time goes for one operation of bench/api.ts: the API in its own process
 * (as bench/api.ts runs it), warmed up, then V8's CPU profiler on while autocannon sends
 * that operation; the profile is written and summarised (bench/cpuprofile-summary.ts).
 * Then the same for the operation's own Cypher sent directly (as bench/api.ts's other side
 * sends it, in this process), written next to it as `<out>.direct.cpuprofile`: the CPU
 * the API spends beyond its Cypher is the difference of the two "per request" lines.
 *
 *   npx tsx bench/api-profile.ts [operation index = 0] [requests = 2000] [concurrency = 1] [out = api.cpuprofile]
 *
 * Each side is first warmed up (KG_PROFILE_WARMUP requests, default 1000: V8 optimises a
 * function after many calls, and a server runs warm), then its CPU time per request is read
 * without the profiler (/proc for the API process, process.cpuUsage here), then profiled.
 *
 * Empties the bench database and ingests the seed, as bench/api.ts does.
 */
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import autocannon from 'autocannon';
import { loadSettings, PROJECT_ROOT } from '../src/config/settings.js';
import type { Database } from '../src/db/connection.js';
import { ingestFiles } from '../src/ingest/index.js';
import { openBenchTarget, emptyDatabase } from './bench-db.js';
import { startApiProcess } from '../harness/reliability/api-process.js';
import { captureCypher, OPERATIONS, sendDirect, type Captured } from '../harness/operations.js';

const [index = 0, requests = 2000, connections = 1] = process.argv.slice(2, 5).map(Number);
const out = path.resolve(process.argv[5] ?? 'api.cpuprofile');
const WARMUP = Number(process.env.KG_PROFILE_WARMUP ?? 1000);
const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');

async function main(): Promise<void> {
  const op = OPERATIONS[index];
  if (!op) throw new Error(`no operation ${index}: 0…${OPERATIONS.length - 1}`);
  const { db, settings } = await openBenchTarget();
  await emptyDatabase(db);
  const [report] = await ingestFiles(db, [SEED]);
  if (!report || report.status === 'failed') throw new Error(`seed ingestion failed: ${report?.error}`);
  const captured = (await captureCypher(db, loadSettings({ ...process.env, LOG_LEVEL: 'silent' }), [op]))[0]!;
  const server = await startApiProcess(
    settings,
    process.env.KG_TRANSLATION_CACHE ? { KG_TRANSLATION_CACHE: process.env.KG_TRANSLATION_CACHE } : {},
  );
  try {
    const body = JSON.stringify({ query: op.query, variables: op.variables ?? {} });
    await send(server.url, body, connections, WARMUP);
    const cpu0 = processCpuMs(server.pid);
    await send(server.url, body, connections, requests);
    console.log(`API process CPU: ${((processCpuMs(server.pid) - cpu0) / requests).toFixed(2)} ms per request (no profiler)`);
    await server.startProfile();
    const t0 = Date.now();
    await send(server.url, body, connections, requests);
    const ms = Date.now() - t0;
    await server.stopProfile(out);
    console.log(`${op.name}: ${requests} requests at c${connections} in ${ms} ms (${(ms / requests).toFixed(2)} ms each); profile ${out}`);
  } finally {
    await server.close();
  }
  const directOut = out.replace(/(\.cpuprofile)?$/, '.direct.cpuprofile');
  try {
    await direct(db, captured, connections, WARMUP);
    const cpu0 = process.cpuUsage();
    await direct(db, captured, connections, requests);
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `direct Cypher, this process's CPU: ${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} ms per request (no profiler)`,
    );
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const t0 = Date.now();
    await direct(db, captured, connections, requests);
    const ms = Date.now() - t0;
    const { profile } = await session.post('Profiler.stop');
    await writeFile(directOut, JSON.stringify(profile));
    session.disconnect();
    console.log(
      `its Cypher sent directly: ${requests} at c${connections} in ${ms} ms (${(ms / requests).toFixed(2)} ms each); profile ${directOut}`,
    );
  } finally {
    await db.close();
  }
  for (const file of [out, directOut]) {
    console.log(`\n=== ${path.basename(file)}`);
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'cpuprofile-summary.ts'), file, '40', '--per', String(requests)],
      {
        stdio: 'inherit',
      },
    );
  }
}

/** User + system CPU time of a process so far (Linux /proc; clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

/** `amount` runs of the captured Cypher, `concurrency` at a time, each sent as the API sent it (as bench/api.ts). */
async function direct(db: Database, c: Captured, concurrency: number, amount: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < amount) {
      next++;
      await sendDirect(db.driver, db.database, c, db.txTimeoutMs);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function send(url: string, body: string, connections: number, amount: number): Promise<void> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, amount, timeout: 30 },
      (err, result) => {
        if (err) return reject(err);
        if (result.errors || result.non2xx || result.timeouts) return reject(new Error(`HTTP errors: ${JSON.stringify(result)}`));
        resolve();
      },
    );
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
