/**
 * A read sent as one auto-commit query (src/db/auto-commit-read.ts), against the real test
 * server: it answers, it carries the transaction's timeout and metadata to the server, and
 * it is retried only when the driver calls the failure retryable, within its budget.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Neo4jError, type Driver, type Session } from 'neo4j-driver';
import type { Database } from '../../src/db/connection.js';
import { autoCommitRead } from '../../src/db/auto-commit-read.js';
import { openTestDatabase } from '../support/test-db.js';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db?.close());

/**
 * The real driver, except that the first `failures` sessions fail their query with `error`
 * before sending it (as a session whose server went away does); counts sessions opened.
 */
function failingFirst(driver: Driver, failures: number, error: () => Error): { driver: Driver; sessions: () => number } {
  let opened = 0;
  const wrapped = new Proxy(driver, {
    get(target, prop) {
      if (prop !== 'session') return Reflect.get(target, prop, target) as unknown;
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        opened++;
        if (opened > failures) return session;
        return new Proxy(session, {
          get(s, p) {
            if (p === 'run') return () => Promise.reject(error());
            const v = Reflect.get(s, p, s) as unknown;
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(s) : v;
          },
        }) as Session;
      };
    },
  });
  return { driver: wrapped, sessions: () => opened };
}

const unavailable = () => new Neo4jError('database unavailable', 'Neo.TransientError.General.DatabaseUnavailable', '', '');

describe('autoCommitRead', () => {
  it('answers a parameterised read with all its records', async () => {
    const res = await autoCommitRead(db.driver, 'UNWIND range(1, $n) AS i RETURN i', { n: 3 });
    expect(res.records.map((r) => r.get('i'))).toEqual([1, 2, 3]);
  });

  it('sends the transaction metadata to the server, where the transaction itself can be seen', async () => {
    const res = await autoCommitRead(
      db.driver,
      `SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery CONTAINS 'auto-commit-probe' RETURN metaData`,
      {},
      { txConfig: { metadata: { app: 'kg-test', requestId: 'r-1' } } },
    );
    expect(res.records.map((r) => r.get('metaData'))).toContainEqual({ app: 'kg-test', requestId: 'r-1' });
  });

  it('stops a read that runs past its timeout, without retrying it', async () => {
    const counted = failingFirst(db.driver, 0, unavailable);
    await expect(
      autoCommitRead(counted.driver, 'CALL apoc.util.sleep(5000) RETURN 1', {}, { txConfig: { timeout: 200 } }),
    ).rejects.toThrow(/terminated|timed? ?out/i);
    expect(counted.sessions()).toBe(1);
  });

  it('does not retry a query the server refuses (a syntax error)', async () => {
    const counted = failingFirst(db.driver, 0, unavailable);
    await expect(autoCommitRead(counted.driver, 'RETURN RETURN', {})).rejects.toThrow();
    expect(counted.sessions()).toBe(1);
  });

  it('retries a retryable failure in a new session and answers', async () => {
    const flaky = failingFirst(db.driver, 2, unavailable);
    const res = await autoCommitRead(flaky.driver, 'RETURN 42 AS n', {});
    expect(res.records[0]!.get('n')).toBe(42);
    expect(flaky.sessions()).toBe(3);
  });

  it('gives up once the retry budget is spent, with the driver’s error', async () => {
    const down = failingFirst(db.driver, Number.POSITIVE_INFINITY, unavailable);
    await expect(autoCommitRead(down.driver, 'RETURN 1', {}, { maxRetryTimeMs: 300 })).rejects.toMatchObject({
      code: 'Neo.TransientError.General.DatabaseUnavailable',
    });
    // 50 ms, then 100 ms, then the next wait (200 ms) would pass 300 ms: three tries at most.
    expect(down.sessions()).toBeGreaterThanOrEqual(2);
    expect(down.sessions()).toBeLessThanOrEqual(4);
  });
});
