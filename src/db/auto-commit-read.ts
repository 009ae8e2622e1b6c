/**
 * One read query in an auto-commit (implicit) transaction. A managed transaction
 * (`session.executeRead`) costs the driver three writes to the socket and two round trips:
 * BEGIN, then RUN + PULL, then COMMIT after the records. An auto-commit query is RUN + PULL
 * in one write and one round trip, and for a single read statement it is just as much a
 * transaction (same isolation, same timeout, same metadata). Measured on the five operations
 * of bench/api.ts (seed graph, sent directly, c1): p50 1.1–1.5 ms against 1.3–2.4 ms.
 *
 * What a managed transaction adds is retrying: on a failure the driver calls retryable
 * (a leader switch, a database briefly unavailable, a lost connection) it runs the work again
 * until its retry time is spent. A read has no side effect, so it is retried here the same
 * way: the driver's own test (`isRetryableError`), exponential back-off with jitter, within
 * the same budget (`maxRetryTimeMs`).
 */
import neo4j, { type BookmarkManager, type Driver, type Integer, type QueryResult } from 'neo4j-driver';

/** A transaction's timeout (ms) and metadata, as `session.run` and `executeRead` take them. */
export interface ReadTxConfig {
  timeout?: number | Integer;
  metadata?: Record<string, unknown>;
}

export interface AutoCommitReadOptions {
  /** `{ database }` when one is named; the server's default otherwise. */
  sessionConfig?: { database?: string };
  /** Timeout and metadata, as a managed transaction takes them. */
  txConfig?: ReadTxConfig;
  /** For causal consistency with writes made through the same bookmark manager. */
  bookmarkManager?: BookmarkManager;
  /** How long retryable failures are retried (the driver's maxTransactionRetryTime). */
  maxRetryTimeMs?: number;
}

const FIRST_DELAY_MS = 50;
const MAX_DELAY_MS = 1_000;

/** Runs `cypher` as one auto-commit read, retried on retryable failures; all records are read. */
export async function autoCommitRead(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  opts: AutoCommitReadOptions = {},
): Promise<QueryResult> {
  const budget = opts.maxRetryTimeMs ?? 5_000;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const session = driver.session({
      ...opts.sessionConfig,
      defaultAccessMode: neo4j.session.READ,
      ...(opts.bookmarkManager ? { bookmarkManager: opts.bookmarkManager } : {}),
    });
    try {
      return await session.run(cypher, params, opts.txConfig);
    } catch (err) {
      const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt) * (0.8 + Math.random() * 0.4);
      if (!neo4j.isRetryableError(err as Error) || Date.now() - started + delay > budget) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    } finally {
      await session.close();
    }
  }
}
