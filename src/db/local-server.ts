// Start, stop and inspect the project's local Neo4j: an embedded Neo4j Community 5.26 with a
// Bolt connector on loopback, run by neo4j/launcher/LocalNeo4j.java as a detached daemon, so
// `kg db start` and `kg db stop` can be separate processes. Layout of a data dir:
//   password (0600)  neo4j.pid  start.lock  .auth-initialized   <- ours
//   logs/launcher.log logs/maven.log cache/  plugins/apoc-*.jar  <- ours
//   data/ logs/debug.log ...                                       <- Neo4j's
// See neo4j/README.md for what is downloaded and measured start times.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { chmod, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalServerError, provision } from './local-provision.js';

export { LocalServerError } from './local-provision.js';

export interface LocalServerOptions {
  dataDir: string;
  boltPort: number;
  /** Folder holding neo4j/pom.xml and neo4j/launcher/. */
  projectRoot: string;
  /** JVM heap (-Xms/-Xmx), e.g. "1g". */
  heap?: string;
  /** server.memory.pagecache.size, e.g. "256m". */
  pageCache?: string;
  /** db.transaction.timeout, e.g. "30s"; default: none (Neo4j's default). */
  txTimeout?: string;
  /**
   * A server already running for this data dir on another port: use it (true: the port was not
   * chosen explicitly, so `kg` finds the server `npm start` started) or refuse (false).
   */
  adoptRunningPort?: boolean;
  /** How long to wait for Bolt to answer; the first start also compiles and may download. */
  startTimeoutMs?: number;
  log?: (msg: string) => void;
}

export interface LocalServerInfo {
  uri: string;
  user: string;
  password: string;
  pid: number;
  dataDir: string;
  boltPort: number;
  /** false if it was already running */
  started: boolean;
}

const USER = 'neo4j';
const STOP_TIMEOUT_MS = 60_000; // clean shutdown checkpoints the store; measured ~1.5 s when small
const AUTH_MARKER = '.auth-initialized'; // written by the launcher, see LocalNeo4j.java

// JVM flags after Neo4j's own neo4j.conf defaults, minus AlwaysPreTouch (it would make the whole
// heap resident at once; two servers share a 2-core machine in tests).
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  // Without these the page cache logs "Reflection access to java.nio.DirectByteBuffer is not
  // available, using fallback mode".
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

interface Paths {
  dataDir: string;
  pidFile: string;
  lockFile: string;
  passwordFile: string;
  logFile: string;
  uri: string;
}

function paths(opts: LocalServerOptions): Paths {
  if (!Number.isInteger(opts.boltPort) || opts.boltPort < 1 || opts.boltPort > 65535) {
    throw new LocalServerError(`invalid Bolt port ${opts.boltPort}: use an integer from 1 to 65535`);
  }
  const dataDir = resolve(opts.dataDir);
  return {
    dataDir,
    pidFile: join(dataDir, 'neo4j.pid'),
    lockFile: join(dataDir, 'start.lock'),
    passwordFile: join(dataDir, 'password'),
    logFile: join(dataDir, 'logs', 'launcher.log'),
    uri: `bolt://127.0.0.1:${opts.boltPort}`,
  };
}

/** These strings end up as JVM/launcher arguments: accept only plain sizes and durations. */
function checked(value: string, what: string, re: RegExp): string {
  if (!re.test(value)) throw new LocalServerError(`invalid ${what} "${value}"`);
  return value;
}
const SIZE = /^\d+[kmgKMG]?$/;
const DURATION = /^\d+(ms|s|m|h|d)?$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Is `pid` our launcher for this data dir? Guards against a stale pid file whose pid was reused
 * by an unrelated process (which we must never signal). On systems without /proc, liveness only.
 */
async function isOurServer(pid: number, dataDir: string): Promise<boolean> {
  if (!alive(pid)) return false;
  try {
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return args.some((a) => a.includes('LocalNeo4j')) && args.includes(dataDir);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' && process.platform !== 'linux';
  }
}

/** The Bolt port a running launcher was given (from its command line), if it can be read. */
async function launcherPort(pid: number): Promise<number | undefined> {
  const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0');
  const i = args.indexOf('--port');
  return i >= 0 ? Number(args[i + 1]) : undefined;
}

async function readPid(pidFile: string): Promise<number | undefined> {
  const text = await readFile(pidFile, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** The running server's pid; a stale pid file is reported as not running (and removed if asked). */
async function runningPid(p: Paths, removeStale: boolean): Promise<number | undefined> {
  const pid = await readPid(p.pidFile);
  if (pid === undefined) return undefined;
  if (await isOurServer(pid, p.dataDir)) return pid;
  if (removeStale) await rm(p.pidFile, { force: true });
  return undefined;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const srv = createServer();
    srv.once('error', () => done(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => done(true)));
  });
}

/**
 * The password for user neo4j, generated on first use. Created with mode 0600 (flag wx: never
 * overwrite, never a window with wider rights). If it is missing while the database exists, a new
 * one is made and the auth marker dropped, so the launcher sets it again before opening Bolt.
 */
async function ensurePassword(p: Paths, log: (m: string) => void): Promise<string> {
  try {
    const st = await stat(p.passwordFile);
    if ((st.mode & 0o077) !== 0) {
      log(`tightening ${p.passwordFile} to mode 0600`);
      await chmod(p.passwordFile, 0o600);
    }
    return (await readFile(p.passwordFile, 'utf8')).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(p.passwordFile, password, { mode: 0o600, flag: 'wx' });
  await rm(join(p.dataDir, AUTH_MARKER), { force: true });
  return password;
}

/**
 * Serialises `start` per data dir across processes (`kg db start` run twice at once). The lock
 * file holds the owner's pid; a lock whose owner is gone is stale and taken over.
 */
async function withStartLock<T>(p: Paths, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fh = await open(p.lockFile, 'wx');
      await fh.writeFile(String(process.pid));
      await fh.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = await readPid(p.lockFile);
      if (owner === undefined || !alive(owner)) await rm(p.lockFile, { force: true });
      else if (Date.now() > deadline) throw new LocalServerError(`another start for ${p.dataDir} is in progress (pid ${owner})`);
      else await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(p.lockFile, { force: true });
  }
}

type Probe = 'ok' | 'down' | 'auth';

function driverFor(uri: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(USER, password), {
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 3_000,
    maxConnectionPoolSize: 1,
  });
}

/** One real query; a session (not executeQuery) so the driver does not retry for 30 s. */
async function probe(driver: Driver, query = 'RETURN 1'): Promise<Probe> {
  const session = driver.session();
  try {
    await session.run(query);
    return 'ok';
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security.') ? 'auth' : 'down';
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** The launcher's own explanation of a failed start, from the part of its log written by this start. */
async function failureReason(logFile: string, fromByte: number): Promise<string> {
  const text = (await readFile(logFile).catch(() => Buffer.alloc(0))).subarray(fromByte).toString('utf8');
  if (/BindException|Address already in use/.test(text)) return 'the Bolt port is in use by another process';
  const lines = text.split('\n').filter((l) => /start failed|error:|Error|Exception/.test(l));
  return (
    lines
      .slice(-1)[0]
      ?.replace(/^\[local-neo4j\] /, '')
      .trim()
      .slice(0, 300) ?? 'no reason logged'
  );
}

async function waitReady(p: Paths, pid: number, password: string, timeoutMs: number, logFrom: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = driverFor(p.uri, password);
  try {
    for (;;) {
      if (!(await isOurServer(pid, p.dataDir))) {
        throw new LocalServerError(`Neo4j exited during startup (${await failureReason(p.logFile, logFrom)}); see ${p.logFile}`);
      }
      const r = await probe(driver);
      if (r === 'auth') {
        throw new LocalServerError(
          `Neo4j rejected the password in ${p.passwordFile}; delete ${join(p.dataDir, AUTH_MARKER)} and restart to reset it`,
        );
      }
      if (r === 'ok') break;
      if (Date.now() > deadline) {
        throw new LocalServerError(`Neo4j did not answer on ${p.uri} within ${Math.round(timeoutMs / 1000)} s; see ${p.logFile}`);
      }
      await sleep(250);
    }
    // @neo4j/graphql needs APOC core; fail here rather than on the first GraphQL request.
    if ((await probe(driver, 'RETURN apoc.version()')) !== 'ok') {
      throw new LocalServerError(`Neo4j is up but APOC is not loaded; see ${join(p.dataDir, 'logs', 'debug.log')}`);
    }
  } finally {
    await driver.close();
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e; // already gone: fine
  }
}

async function stopPid(p: Paths, pid: number): Promise<void> {
  signal(pid, 'SIGTERM'); // the launcher's shutdown hook closes the store cleanly
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (Date.now() < deadline && (await isOurServer(pid, p.dataDir))) await sleep(100);
  if (await isOurServer(pid, p.dataDir)) {
    signal(pid, 'SIGKILL'); // the next start recovers from the transaction log
    while (await isOurServer(pid, p.dataDir)) await sleep(100);
  }
  await rm(p.pidFile, { force: true });
}

export async function startLocalServer(opts: LocalServerOptions): Promise<LocalServerInfo> {
  const p = paths(opts);
  const log = opts.log ?? (() => undefined);
  const heap = checked(opts.heap ?? '1g', 'heap size', SIZE);
  const pageCache = checked(opts.pageCache ?? '256m', 'page cache size', SIZE);
  const txTimeout = opts.txTimeout === undefined ? undefined : checked(opts.txTimeout, 'transaction timeout', DURATION);
  const timeoutMs = opts.startTimeoutMs ?? 180_000;
  await mkdir(p.dataDir, { recursive: true, mode: 0o700 }); // the store is private too
  await mkdir(join(p.dataDir, 'logs'), { recursive: true });

  return withStartLock(p, timeoutMs, async () => {
    const info = (pid: number, password: string, started: boolean): LocalServerInfo => ({
      uri: p.uri,
      user: USER,
      password,
      pid,
      dataDir: p.dataDir,
      boltPort: opts.boltPort,
      started,
    });
    const existing = await runningPid(p, true);
    if (existing !== undefined) {
      // Already running (maybe still starting): wait until it answers, then report it.
      const port = await launcherPort(existing);
      if (port !== undefined && port !== opts.boltPort && opts.adoptRunningPort) {
        const there = paths({ ...opts, boltPort: port });
        const password = (await readFile(there.passwordFile, 'utf8')).trim();
        await waitReady(there, existing, password, timeoutMs, 0);
        return { ...info(existing, password, false), uri: there.uri, boltPort: port };
      }
      if (port !== undefined && port !== opts.boltPort) {
        throw new LocalServerError(
          `Neo4j for ${p.dataDir} already runs on port ${port} (pid ${existing}): stop it first to use ${opts.boltPort}`,
        );
      }
      const password = await readFile(p.passwordFile, 'utf8').then(
        (text) => text.trim(),
        () => {
          throw new LocalServerError(`Neo4j is running (pid ${existing}) but ${p.passwordFile} is missing: stop it and start again`);
        },
      );
      await waitReady(p, existing, password, timeoutMs, 0);
      return info(existing, password, false);
    }
    if (!(await portFree(opts.boltPort))) throw new LocalServerError(`port ${opts.boltPort} is in use by another process`);

    const password = await ensurePassword(p, log);
    const t0 = Date.now();
    const prov = await provision(opts.projectRoot, p.dataDir, log);
    const args = [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      '-cp',
      prov.classpath,
      prov.main,
      '--home',
      p.dataDir,
      '--port',
      String(opts.boltPort),
      '--page-cache',
      pageCache,
      ...(txTimeout === undefined ? [] : ['--tx-timeout', txTimeout]),
    ];
    const logFrom = (await stat(p.logFile).catch(() => ({ size: 0 }))).size;
    const out = openSync(p.logFile, 'a');
    log(`starting Neo4j on ${p.uri} (data in ${p.dataDir})`);
    // detached + ignored stdin + output to a file: the server outlives this process.
    const child = spawn(prov.java, args, { cwd: p.dataDir, detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    const spawnError = new Promise<Error>((res) => child.once('error', res));
    if (child.pid === undefined) throw new LocalServerError(`could not run ${prov.java}: ${(await spawnError).message}`);
    child.unref();
    const pid = child.pid;
    await writeFile(p.pidFile, `${pid}\n`);
    try {
      await waitReady(p, pid, password, timeoutMs, logFrom);
    } catch (e) {
      if (await isOurServer(pid, p.dataDir)) await stopPid(p, pid);
      await rm(p.pidFile, { force: true });
      throw e;
    }
    log(`Neo4j ready on ${p.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${pid})`);
    return info(pid, password, true);
  });
}

export async function stopLocalServer(opts: LocalServerOptions): Promise<{ stopped: boolean; pid?: number }> {
  const p = paths(opts);
  const pid = await runningPid(p, true);
  if (pid === undefined) return { stopped: false };
  opts.log?.(`stopping Neo4j (pid ${pid})`);
  await stopPid(p, pid);
  return { stopped: true, pid };
}

export async function localServerStatus(
  opts: LocalServerOptions,
): Promise<{ running: boolean; pid?: number; uri?: string; dataDir: string; boltPort: number; answering: boolean }> {
  const p = paths(opts);
  const pid = await runningPid(p, false);
  if (pid === undefined) return { dataDir: p.dataDir, boltPort: opts.boltPort, running: false, answering: false };
  // Report where it really listens, should it have been started with another port.
  const boltPort = (await launcherPort(pid)) ?? opts.boltPort;
  const uri = `bolt://127.0.0.1:${boltPort}`;
  const password = await readFile(p.passwordFile, 'utf8').then(
    (s) => s.trim(),
    () => '',
  );
  const driver = driverFor(uri, password);
  try {
    return { dataDir: p.dataDir, boltPort, running: true, pid, uri, answering: (await probe(driver)) === 'ok' };
  } finally {
    await driver.close();
  }
}
