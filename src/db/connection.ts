/**
 * One driver per process. `openDatabase` resolves where the graph lives: the user's own
 * Neo4j when NEO4J_URI is set (a cluster or Aura too: the driver routes with neo4j://),
 * otherwise the project's local server, started on demand.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Settings } from '../config/settings.js';
import { startLocalServer } from './local-server.js';
import { autoCommitRead } from './auto-commit-read.js';

export class DatabaseUnavailableError extends Error {
  // Set explicitly: the API recognises it by name (src/api/errors.ts), and a subclass of Error
  // is otherwise called plain "Error".
  override name = 'DatabaseUnavailableError';
}

/**
 * The driver's ways of saying "the server went away" (killed, stopped, unreachable): not a
 * fault of the query or the data, so no use trying the next document against it.
 */
export function isConnectionLost(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    /connection acquisition timed out|Failed to connect to server|Connection was closed by server/i.test(message)
  );
}

export interface Database {
  driver: Driver;
  database: string | undefined;
  uri: string;
  txTimeoutMs: number;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** One parameterised read query, records as plain objects with Neo4j integers converted. */
  query<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Start the local server when no external one is configured (CLI: yes; API: yes). */
  startLocal?: boolean;
  log?: (msg: string) => void;
}

/** How long the driver (and autoCommitRead) retries a transaction that failed in a retryable way. */
export const MAX_RETRY_TIME_MS = 5_000;

export async function openDatabase(settings: Settings, opts: OpenOptions = {}): Promise<Database> {
  let uri: string;
  let user: string;
  let password: string;
  if (settings.neo4j.external) {
    uri = settings.neo4j.uri!;
    user = settings.neo4j.user;
    password = settings.neo4j.password!;
  } else {
    if (opts.startLocal === false) throw new DatabaseUnavailableError('no NEO4J_URI set and local start disabled');
    const info = await startLocalServer({
      dataDir: settings.dataDir,
      boltPort: settings.boltPort,
      adoptRunningPort: !settings.boltPortSet,
      projectRoot: settings.projectRoot,
      ...(opts.log ? { log: opts.log } : {}),
    });
    ({ uri, user, password } = info);
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    // With the 30 s default, the first request after Neo4j dies waits that long before its error.
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
  });
  try {
    await driver.verifyConnectivity(settings.neo4j.database ? { database: settings.neo4j.database } : {});
  } catch (err) {
    await driver.close();
    throw new DatabaseUnavailableError(`cannot reach Neo4j at ${uri}: ${shortCause(err)}`);
  }
  return wrapDriver(driver, uri, settings.neo4j.database, settings.txTimeoutMs, settings.writeTxTimeoutMs);
}

/** The driver explains at length; a user needs the cause ("connect ECONNREFUSED 127.0.0.1:1", "authentication failure"). */
export function shortCause(err: unknown): string {
  const e = err as { code?: string; message?: string; cause?: { message?: string } };
  if (e.code === 'Neo.ClientError.Security.Unauthorized') return 'authentication failed (check NEO4J_USER and NEO4J_PASSWORD)';
  const text = e.cause?.message ?? e.message ?? String(err);
  const socket = /(connect\s+E[A-Z]+\s+\S+|getaddrinfo\s+E[A-Z]+\s+\S+)/.exec(text);
  return socket ? socket[1]! : text.split('\n')[0]!.slice(0, 200);
}

export function wrapDriver(
  driver: Driver,
  uri: string,
  database: string | undefined,
  txTimeoutMs: number,
  writeTxTimeoutMs: number = txTimeoutMs,
): Database {
  const sessionConfig = database ? { database } : {};
  const txConfig = { timeout: txTimeoutMs };
  const writeTxConfig = { timeout: writeTxTimeoutMs };
  const db: Database = {
    driver,
    database,
    uri,
    txTimeoutMs,
    async read(work) {
      const session = driver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(work, txConfig);
      } finally {
        await session.close();
      }
    },
    async write(work) {
      const session = driver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work, writeTxConfig);
      } finally {
        await session.close();
      }
    },
    // One statement: an auto-commit read, one round trip instead of a managed transaction's two.
    async query(cypher, params = {}) {
      const res: QueryResult = await autoCommitRead(driver, cypher, params, {
        sessionConfig,
        txConfig,
        maxRetryTimeMs: MAX_RETRY_TIME_MS,
      });
      return res.records.map((r) => r.toObject() as never);
    },
    close: () => driver.close(),
  };
  return db;
}
