// Ctrl-C on `kg start` (what `npm start` runs) must leave nothing running that it started:
// the API's port is closed and the Neo4j it launched (a detached 1 GB JVM, out of reach of
// the terminal's Ctrl-C) is stopped. A Neo4j that was already running is left running, with
// one line saying so and how to stop it. Real processes: the CLI through tsx, a real Neo4j
// on a temp data dir and free ports; needs no shared test database (KG_TEST_NO_DB=1 is fine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalServer, stopLocalServer } from '../../src/db/local-server.js';
import { freePort } from '../support/free-port.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// What `npm start` runs: node with tsx's loader in-process (bin/kg.js). Not the tsx CLI, whose
// signal relay SIGKILLs a child that has not acknowledged a Ctrl-C within 30 ms.
const KG = [join(ROOT, 'bin', 'kg.js')];

/** Running, not a zombie waiting for a reaper (a container's init may not reap at once). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

async function portOpen(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/healthz`).then(
    () => true,
    () => false,
  );
}

/** Runs `kg start` in its own process group (as a terminal runs `npm start`), Ctrl-C once it serves. */
async function startThenCtrlC(env: Record<string, string>): Promise<{ stderr: string; code: number | null; neo4jPid: number }> {
  const child = spawn(process.execPath, [...KG, 'start'], {
    cwd: ROOT,
    detached: true,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const deadline = Date.now() + 540_000;
  while (!stderr.includes('Viewer:')) {
    if (child.exitCode !== null) throw new Error(`kg start exited early:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`kg start never served:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const neo4jPid = Number((await readFile(join(env.KG_DATA_DIR!, 'neo4j.pid'), 'utf8')).trim());
  expect(alive(neo4jPid)).toBe(true);
  expect(await portOpen(Number(env.PORT))).toBe(true);
  process.kill(-child.pid!, 'SIGINT'); // the whole group, like a terminal's Ctrl-C
  const code = await exited;
  return { stderr, code, neo4jPid };
}

describe('Ctrl-C on kg start', () => {
  const dirs: string[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kg-start-'));
    dirs.push(dataDir);
    env = { KG_DATA_DIR: dataDir, KG_BOLT_PORT: String(await freePort()), PORT: String(await freePort()), HOST: '127.0.0.1' };
  });

  afterAll(async () => {
    for (const dataDir of dirs) {
      await stopLocalServer({ dataDir, boltPort: Number(env.KG_BOLT_PORT), projectRoot: ROOT }).catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('stops the API and the Neo4j it started', { timeout: 600_000 }, async () => {
    const { stderr, code, neo4jPid } = await startThenCtrlC(env);
    expect(stderr).toContain(`stopped Neo4j (pid ${neo4jPid}), which this command started`);
    expect(code).toBe(0);
    expect(alive(neo4jPid), stderr).toBe(false);
    expect(await portOpen(Number(env.PORT))).toBe(false);
    expect(stderr).toContain(`stopped Neo4j (pid ${neo4jPid}), which this command started`);
  });

  it('leaves a Neo4j that was already running, and says so in one line', { timeout: 600_000 }, async () => {
    const info = await startLocalServer({ dataDir: env.KG_DATA_DIR!, boltPort: Number(env.KG_BOLT_PORT), projectRoot: ROOT, heap: '512m' });
    const { stderr, code, neo4jPid } = await startThenCtrlC(env);
    expect(neo4jPid).toBe(info.pid);
    expect(code).toBe(0);
    expect(alive(info.pid)).toBe(true);
    expect(await portOpen(Number(env.PORT))).toBe(false);
    // …and `kg` finds it from the data dir alone, without KG_BOLT_PORT repeated.
    const { KG_BOLT_PORT: _port, ...withoutPort } = env;
    const stats = spawnSync(process.execPath, [...KG, 'stats'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...withoutPort },
      encoding: 'utf8',
    });
    expect(stats.status, stats.stderr).toBe(0);
    expect(stats.stdout).toMatch(/Topic\s+\d+/);
    const lines = stderr.split('\n').filter((l) => l.includes('keeps running'));
    expect(lines).toEqual([
      `Neo4j keeps running (pid ${info.pid}, data ${env.KG_DATA_DIR}): it was running before this command; \`npx kg db stop\` stops it`,
    ]);
  });
});
