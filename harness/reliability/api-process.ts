/**
 * The API in a child process of its own, with a probe for its memory and event loop: the
 * load generator (autocannon, the fuzzer) and the server must not share one event loop, and
 * memory is only worth comparing after a full GC, which needs `--expose-gc`.
 *
 *   const api = await startApiProcess(settings);
 *   const before = await api.probe();   // after global.gc(): heap, RSS; event loop delay and GC since the last probe
 *   await api.startProfile(); …; await api.stopProfile('x.cpuprofile');   // the server's CPU over a stretch of load
 *   …
 *   await api.close();
 *
 * This file is both the parent's helper and the child's entry point (run with tsx).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { writeFile } from 'node:fs/promises';
import type { Settings } from '../../src/config/settings.js';
import { databaseEnv, kgEnv } from './kg-process.js';

/** One reading of the server process, taken after two full GCs. */
export interface ApiProbe {
  heapUsedBytes: number;
  rssBytes: number;
  externalBytes: number;
  /** Event-loop delay since the previous probe (ms): how long ready work waited for the loop. */
  eventLoop: { p50Ms: number; p99Ms: number; maxMs: number };
  /** Garbage collections since the previous probe (the probe's own GCs excluded). */
  gc: { count: number; totalMs: number; maxMs: number };
}

export interface ApiProcess {
  url: string;
  origin: string;
  pid: number;
  probe(): Promise<ApiProbe>;
  /** Starts V8's CPU profiler in the server (the inspector's, so start-up stays out of the profile). */
  startProfile(): Promise<void>;
  /** Stops it and writes the profile (.cpuprofile JSON, as `node --cpu-prof` writes) to `file`. */
  stopProfile(file: string): Promise<void>;
  close(): Promise<void>;
}

type ToChild = { type: 'probe' } | { type: 'profile-start' } | { type: 'profile-stop'; file: string };
type FromChild =
  | { type: 'listening'; url: string; origin: string }
  | { type: 'probe'; probe: ApiProbe }
  | { type: 'profiling' }
  | { type: 'failed'; message: string };

const SELF = fileURLToPath(import.meta.url);

/** Starts the API over `settings`' database in a child process; `env` adds variables (e.g. KG_EDITOR_KEYS). */
export async function startApiProcess(settings: Settings, env: Record<string, string> = {}): Promise<ApiProcess> {
  // KG_API_PROFILE_DIR=dir: a CPU profile of the server, written there when it stops (finding where time goes).
  const profile = process.env.KG_API_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.KG_API_PROFILE_DIR}`] : [];
  const child = fork(SELF, [], {
    execArgv: ['--expose-gc', ...profile, '--import', 'tsx'],
    env: {
      ...kgEnv({
        // As bin/kg.js starts the server: unset NODE_ENV is production.
        NODE_ENV: process.env.NODE_ENV ?? 'production',
        ...databaseEnv(settings),
        LOG_LEVEL: 'silent',
        KG_TX_TIMEOUT_MS: String(settings.txTimeoutMs),
        ...env,
      }),
      KG_API_PROCESS_CHILD: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const first = await nextMessage(child, 120_000);
  if (first.type !== 'listening') {
    child.kill('SIGKILL');
    throw new Error(`API process did not start: ${first.type === 'failed' ? first.message : first.type}`);
  }
  let closed: Promise<void> | null = null;
  const ask = async (m: ToChild): Promise<void> => {
    const answer = nextMessage(child, 60_000);
    child.send(m);
    const a = await answer;
    if (a.type !== 'profiling') throw new Error(`API process answered ${a.type} to ${m.type}`);
  };
  return {
    url: first.url,
    origin: first.origin,
    pid: child.pid!,
    probe: async () => {
      const answer = nextMessage(child, 60_000);
      child.send({ type: 'probe' } satisfies ToChild);
      const m = await answer;
      if (m.type !== 'probe') throw new Error(`API process answered ${m.type} to a probe`);
      return m.probe;
    },
    startProfile: () => ask({ type: 'profile-start' }),
    stopProfile: (file) => ask({ type: 'profile-stop', file }),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      })),
  };
}

function nextMessage(child: ChildProcess, timeoutMs: number): Promise<FromChild> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`API process: no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (m: FromChild) => done(null, m);
    const onExit = (code: number | null, signal: string | null) => done(new Error(`API process exited (code ${code}, signal ${signal})`));
    function done(err: Error | null, m?: FromChild) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(m!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The child: open the database, serve, answer probes, stop on SIGTERM. */
async function runChild(): Promise<void> {
  const { pino } = await import('pino');
  const { loadSettings } = await import('../../src/config/settings.js');
  const { openDatabase } = await import('../../src/db/connection.js');
  const { startServer } = await import('../../src/api/server.js');
  const send = (m: FromChild) => process.send!(m);
  try {
    const settings = loadSettings(process.env);
    // As `kg serve` does (src/cli/commands/serve.ts).
    (await import('../../src/api/source-maps.js')).sourceMapsForServing(settings.logLevel);
    const db = await openDatabase(settings, { startLocal: false });
    const server = await startServer(settings, db, { port: 0, logger: pino({ level: 'silent' }) });
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const gcs: number[] = [];
    let probing = false;
    new PerformanceObserver((list) => {
      if (!probing) for (const e of list.getEntries()) gcs.push(e.duration);
    }).observe({ entryTypes: ['gc'] });
    const gc = (globalThis as { gc?: () => void }).gc;
    const profiler = new Session();
    process.on('message', (m: ToChild) => {
      if (m.type === 'profile-start') {
        profiler.connect();
        void profiler
          .post('Profiler.enable')
          .then(() => profiler.post('Profiler.start'))
          .then(() => send({ type: 'profiling' }));
        return;
      }
      if (m.type === 'profile-stop') {
        void profiler.post('Profiler.stop').then(async ({ profile }) => {
          await writeFile(m.file, JSON.stringify(profile));
          profiler.disconnect();
          send({ type: 'profiling' });
        });
        return;
      }
      if (m.type !== 'probe') return;
      probing = true;
      // Twice: the first pass may leave garbage the second collects (weak refs, finalizers).
      gc?.();
      gc?.();
      const mem = process.memoryUsage();
      const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
      send({
        type: 'probe',
        probe: {
          heapUsedBytes: mem.heapUsed,
          rssBytes: mem.rss,
          externalBytes: mem.external,
          eventLoop: { p50Ms: ms(loop.percentile(50)), p99Ms: ms(loop.percentile(99)), maxMs: ms(loop.max) },
          gc: {
            count: gcs.length,
            totalMs: Math.round(gcs.reduce((a, b) => a + b, 0)),
            maxMs: Math.round(Math.max(0, ...gcs) * 100) / 100,
          },
        },
      });
      loop.reset();
      gcs.length = 0;
      // GC performance entries arrive asynchronously: ignore the probe's own.
      setTimeout(() => (probing = false), 50);
    });
    process.on('SIGTERM', () => {
      // Keep-alive sockets from the load generator may hold the drain open: do not wait long.
      setTimeout(() => process.exit(0), 3_000).unref();
      void server
        .close()
        .then(() => db.close())
        .then(() => process.exit(0));
    });
    send({ type: 'listening', url: server.url, origin: server.origin });
  } catch (err) {
    send({ type: 'failed', message: (err as Error).message });
    process.exit(1);
  }
}

if (process.env.KG_API_PROCESS_CHILD === '1' && process.argv[1] === SELF && process.send) await runChild();
