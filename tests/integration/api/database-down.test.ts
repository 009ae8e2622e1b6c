/**
 * The database goes away and comes back: the API answers 503 DATABASE_UNAVAILABLE with
 * Retry-After meanwhile (fast, once the breaker is open), /healthz says so, and it
 * recovers by itself when Neo4j answers again, with no restart.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { testNeo4j, testSettings } from '../../support/test-db.js';
import { wrapDriver } from '../../../src/db/connection.js';
import { startServer, type RunningServer } from '../../../src/api/server.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { gql } from './support/api.js';

let proxy: TcpProxy;
let server: RunningServer;
let closeDriver: () => Promise<void>;

beforeAll(async () => {
  const target = new URL(testNeo4j().uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
  proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
  const port = await proxy.start();
  const t = testNeo4j();
  // The driver's retry window is shortened so the test does not wait out the default 30 s
  // for the first failure; later requests are answered at once by the API's breaker anyway.
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(t.user, t.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 3_000,
    maxTransactionRetryTime: 2_000,
  });
  closeDriver = () => driver.close();
  const db = wrapDriver(driver, `bolt://127.0.0.1:${port}`, undefined, 15_000);
  server = await startServer(testSettings({ LOG_LEVEL: 'silent' }), db, { port: 0, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.close();
  await closeDriver?.();
  await proxy?.stop();
});

const query = '{ organizationsConnection { totalCount } }';

describe('when the database is down', () => {
  it('answers normally while it is up', async () => {
    const r = await gql(server.url, query);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });

  it('answers 503 with a clear message, fast once it knows, and recovers by itself', async () => {
    await proxy.stop();

    const first = await gql(server.url, query);
    expect(first.status).toBe(503);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(first.body.errors?.[0]?.message).toMatch(/not reachable right now/);
    expect(JSON.stringify(first.body)).not.toMatch(/ServiceUnavailable|bolt:|ECONNREFUSED/);

    const started = Date.now();
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(Date.now() - started).toBeLessThan(1_000);

    const health = await fetch(`${server.origin}/healthz`);
    expect(health.status).toBe(503);

    // Introspection needs no database: GraphiQL keeps working.
    expect((await gql(server.url, '{ __schema { queryType { name } } }')).status).toBe(200);

    await proxy.start();
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await gql(server.url, query)).status;
    }
    expect(status).toBe(200);
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
  });
});
