/**
 * The faults scenario's own Neo4j: a local server in its own data dir and port
 * (KG_FAULTS_DATA_DIR, default .kg-faults/; KG_FAULTS_BOLT_PORT, default 7695), because the
 * scenario kills and stops it, which it must never do to the bench's or the tests' server.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import { startLocalServer, stopLocalServer, type LocalServerInfo, type LocalServerOptions } from '../../../src/db/local-server.js';

/** What Neo4j's debug.log says about a recovery after an unclean stop. */
export interface RecoveryReport {
  /** "Recovery in 'full' mode completed …" was logged by this start. */
  recovered: boolean;
  transactionsApplied?: number;
  /** Transactions open at the kill, rolled back by the recovery. */
  rolledBack?: number;
  /** Neo4j's own figure, e.g. "1s 436ms". */
  timeSpent?: string;
}

export class FaultsServer {
  readonly options: LocalServerOptions;
  private info: LocalServerInfo | null = null;
  /** Where it was last seen running: to watch for it coming back while `start` waits. */
  private last: LocalServerInfo | null = null;

  constructor(log: (message: string) => void) {
    this.options = {
      dataDir: path.resolve(process.env.KG_FAULTS_DATA_DIR ?? path.join(PROJECT_ROOT, '.kg-faults')),
      boltPort: Number(process.env.KG_FAULTS_BOLT_PORT ?? 7695),
      projectRoot: PROJECT_ROOT,
      // Lean: in CI this JVM runs next to the tests' server on a 2-core machine.
      heap: '512m',
      pageCache: '128m',
      log: (m) => log(`[faults neo4j] ${m}`),
    };
  }

  /**
   * Where the CLI and the API find it. The CLI writes one document per transaction here: the
   * claims are stated per document ("the one in flight is absent or whole"). Batches of several
   * documents are one transaction each, as atomic under a kill as one document (Neo4j recovers
   * from its log); tests/integration/load-batch.test.ts checks their wholeness on failure.
   */
  get env(): Record<string, string> {
    const info = this.running();
    return { NEO4J_URI: info.uri, NEO4J_USER: info.user, NEO4J_PASSWORD: info.password, KG_INGEST_BATCH: '1' };
  }

  get pid(): number {
    return this.running().pid;
  }

  /** Starts (or finds running) the server; seconds until Bolt and APOC answered, and what the log says of recovery. */
  async start(): Promise<{ seconds: number; recovery: RecoveryReport }> {
    const logFrom = await this.debugLogSize();
    const t0 = performance.now();
    this.info = await startLocalServer(this.options);
    this.last = this.info;
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, recovery: await this.recoverySince(logFrom) };
  }

  /** kill -9 of the Neo4j JVM; returns once the process is gone and the port is closed. */
  async kill(): Promise<void> {
    const pid = this.pid;
    process.kill(pid, 'SIGKILL');
    this.info = null;
    while (await exists(pid)) await sleep(20);
  }

  /** A clean stop (SIGTERM, the store checkpointed), as `kg db stop` does. */
  async stop(): Promise<void> {
    await stopLocalServer(this.options);
    this.info = null;
  }

  /**
   * The moment (performance.now()) Bolt first answers a query, polled every 100 ms from a
   * driver of its own while a start is under way: `start` itself returns a little later, after
   * its APOC check, and the API may be back before that.
   */
  async answering(until: Promise<unknown>): Promise<number | null> {
    const info = this.last;
    if (!info) return null;
    let done = false;
    void until.finally(() => (done = true));
    const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
      connectionTimeout: 1_000,
      maxConnectionPoolSize: 1,
    });
    try {
      for (;;) {
        const session = driver.session();
        const ok = await session.run('RETURN 1').then(
          () => true,
          () => false,
        );
        await session.close().catch(() => undefined);
        if (ok) return performance.now();
        if (done) return null;
        await sleep(100);
      }
    } finally {
      await driver.close().catch(() => undefined);
    }
  }

  /** A driver of the scenario's own, for checks and for watching transactions. */
  driver(): Driver {
    const info = this.running();
    return neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 2_000,
      maxTransactionRetryTime: 2_000,
    });
  }

  private running(): LocalServerInfo {
    if (!this.info) throw new Error('the faults Neo4j is not running');
    return this.info;
  }

  private debugLog(): string {
    return path.join(this.options.dataDir, 'logs', 'debug.log');
  }

  private async debugLogSize(): Promise<number> {
    return (await stat(this.debugLog()).catch(() => ({ size: 0 }))).size;
  }

  private async recoverySince(fromByte: number): Promise<RecoveryReport> {
    const text = (await readFile(this.debugLog()).catch(() => Buffer.alloc(0))).subarray(fromByte).toString('utf8');
    const line = /Recovery in '\w+' mode completed\.[^\n]*/.exec(text)?.[0];
    if (!line) return { recovered: false };
    const num = (re: RegExp) => {
      const m = re.exec(line);
      return m ? Number(m[1]) : undefined;
    };
    return {
      recovered: true,
      transactionsApplied: num(/(\d+) transactions applied/),
      rolledBack: num(/(\d+) not completed transactions rolled back/),
      timeSpent: /Time spent: ([^.]+)/.exec(line)?.[1]?.trim(),
    };
  }
}

/** Alive and not a zombie (a killed child lingers as one until its parent reaps it). */
async function exists(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return !/^\d+ \(.*\) Z/.test(stat);
}
