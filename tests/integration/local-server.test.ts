// Starts a REAL Neo4j (embedded Community 5.26 + APOC, see neo4j/README.md) on a temp data dir
// and a free loopback port. The first run on a machine resolves ~130 MB from Maven Central, hence
// the long timeouts; later runs start in seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { mkdtemp, rm, stat, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalServerError, localServerStatus, startLocalServer, stopLocalServer } from '../../src/db/local-server.js';
import type { LocalServerInfo, LocalServerOptions } from '../../src/db/local-server.js';
import { freePort } from '../support/free-port.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const SLOW = { timeout: 900_000 }; // first Maven resolution + cold JVM on 2 shared cores

async function query(info: LocalServerInfo, cypher: string, password = info.password) {
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, password));
  try {
    const session = driver.session();
    try {
      return (await session.run(cypher)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

describe('local Neo4j server', () => {
  let opts: LocalServerOptions;
  let info: LocalServerInfo;

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kg-neo4j-test-'));
    opts = { dataDir, boltPort: await freePort(), projectRoot, txTimeout: '30s', log: (m) => console.log(`[local-server] ${m}`) };
  });

  afterAll(async () => {
    if (!opts) return;
    await stopLocalServer(opts).catch(() => undefined);
    await rm(opts.dataDir, { recursive: true, force: true });
  }, 120_000);

  it('starts a server that answers on loopback Bolt', SLOW, async () => {
    info = await startLocalServer(opts);
    expect(info.started).toBe(true);
    expect(info.uri).toBe(`bolt://127.0.0.1:${opts.boltPort}`);
    expect(info.user).toBe('neo4j');
    expect(info.pid).toBeGreaterThan(0);
    expect(await readFile(join(opts.dataDir, 'neo4j.pid'), 'utf8')).toBe(`${info.pid}\n`);
    expect(await query(info, 'RETURN 1 + 1 AS two')).toEqual([{ two: neo4j.int(2) }]);
  });

  it('keeps a generated password in a 0600 file', async () => {
    const file = join(opts.dataDir, 'password');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(info.password);
    expect(info.password.length).toBeGreaterThanOrEqual(32);
  });

  it('requires authentication', async () => {
    for (const wrong of ['wrong-password', 'neo4j']) {
      await expect(query(info, 'RETURN 1', wrong)).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    }
  });

  it('has APOC core, including what @neo4j/graphql calls', async () => {
    const [row] = await query(info, 'RETURN apoc.version() AS v, apoc.text.join(["a", "b"], "-") AS j');
    expect(row?.['v']).toMatch(/^5\.26\./);
    expect(row?.['j']).toBe('a-b');
    const fns = await query(
      info,
      "SHOW FUNCTIONS YIELD name WHERE name IN ['apoc.util.validatePredicate', 'apoc.date.convertFormat'] RETURN name",
    );
    expect(fns).toHaveLength(2);
    const procs = await query(info, "SHOW PROCEDURES YIELD name WHERE name = 'apoc.util.validate' RETURN name");
    expect(procs).toHaveLength(1);
  });

  it('runs with the requested settings: loopback only, no HTTP, tx timeout', async () => {
    const rows = await query(
      info,
      "SHOW SETTINGS YIELD name, value WHERE name IN ['server.bolt.listen_address', 'server.http.enabled', 'db.transaction.timeout', 'dbms.security.auth_enabled'] RETURN name, value ORDER BY name",
    );
    expect(Object.fromEntries(rows.map((r) => [r['name'], r['value']]))).toEqual({
      'db.transaction.timeout': '30s',
      'dbms.security.auth_enabled': 'true',
      'server.bolt.listen_address': `127.0.0.1:${opts.boltPort}`,
      'server.http.enabled': 'false',
    });
  });

  it('is idempotent: a second start reports the running server', SLOW, async () => {
    const again = await startLocalServer(opts);
    expect(again.started).toBe(false);
    expect(again.pid).toBe(info.pid);
    expect(again.password).toBe(info.password);
  });

  it('refuses to start the same data dir on a second port', async () => {
    const otherPort = await freePort();
    await expect(startLocalServer({ ...opts, boltPort: otherPort })).rejects.toThrow(`already runs on port ${opts.boltPort}`);
  });

  it('reports status', async () => {
    expect(await localServerStatus(opts)).toEqual({
      running: true,
      answering: true,
      pid: info.pid,
      uri: info.uri,
      dataDir: opts.dataDir,
      boltPort: opts.boltPort,
    });
  });

  it('refuses a port taken by another process', async () => {
    const other = { ...opts, dataDir: await mkdtemp(join(tmpdir(), 'kg-neo4j-test-')) };
    try {
      await expect(startLocalServer(other)).rejects.toThrow(LocalServerError);
      await expect(startLocalServer(other)).rejects.toThrow(`port ${opts.boltPort} is in use by another process`);
    } finally {
      await rm(other.dataDir, { recursive: true, force: true });
    }
  });

  it('stops, and then reports not running', SLOW, async () => {
    expect(await stopLocalServer(opts)).toEqual({ stopped: true, pid: info.pid });
    expect(await localServerStatus(opts)).toEqual({ running: false, answering: false, dataDir: opts.dataDir, boltPort: opts.boltPort });
    expect(await stopLocalServer(opts)).toEqual({ stopped: false });
  });

  it('treats a pid file naming another live process as stale', async () => {
    // Our own pid is alive but is not the launcher: it must not be reported (or ever signalled).
    await writeFile(join(opts.dataDir, 'neo4j.pid'), `${process.pid}\n`);
    expect((await localServerStatus(opts)).running).toBe(false);
    expect(await stopLocalServer(opts)).toEqual({ stopped: false });
  });

  it('restarts on the existing data (warm start keeps the password)', SLOW, async () => {
    const again = await startLocalServer(opts);
    expect(again.started).toBe(true);
    expect(again.password).toBe(info.password);
    expect(await query(again, 'RETURN apoc.version() AS v')).toHaveLength(1);
    expect((await stopLocalServer(opts)).stopped).toBe(true);
  });

  it('makes and sets a new password if the password file is lost', SLOW, async () => {
    await rm(join(opts.dataDir, 'password'));
    const again = await startLocalServer(opts);
    expect(again.password).not.toBe(info.password);
    expect((await stat(join(opts.dataDir, 'password'))).mode & 0o777).toBe(0o600);
    expect(await query(again, 'RETURN 1 AS one')).toEqual([{ one: neo4j.int(1) }]);
    await expect(query(again, 'RETURN 1', info.password)).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    expect((await stopLocalServer(opts)).stopped).toBe(true);
  });
});
