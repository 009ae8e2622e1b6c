/**
 * `kg ingest` when the database goes away mid-run (it was killed, stopped, the network
 * dropped): the run stops at once with one line saying how far it got, instead of failing
 * every remaining document one by one, each after the driver's retries (it used to take
 * minutes and print an error per document). The database is taken away by a TCP proxy, so
 * the shared test server keeps running; harness/reliability/faults.ts does the same with a
 * real kill -9.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/connection.js';
import { openTestDatabase, resetDatabase, testNeo4j } from '../support/test-db.js';
import { TcpProxy } from './api/support/tcp-proxy.js';
import { writeCorpus } from '../../harness/reliability/faults/corpus.js';
import { startKg } from '../../harness/reliability/kg-process.js';

let db: Database;
let dir: string;
let proxy: TcpProxy;

beforeAll(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  dir = await mkdtemp(path.join(tmpdir(), 'kg-lost-'));
  const target = new URL(testNeo4j().uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
  proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
  await proxy.start();
});

afterAll(async () => {
  await proxy?.stop();
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('kg ingest when the database goes away', () => {
  it('stops at once: exit 1, one line naming the document reached and how many are in', { timeout: 300_000 }, async () => {
    const corpus = await writeCorpus(dir, 12, null);
    const t = testNeo4j();
    const run = startKg(['ingest', corpus.dir], {
      NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
      NEO4J_USER: t.user,
      NEO4J_PASSWORD: t.password,
      // One document per transaction, so lines come one by one and the cut falls mid-run.
      KG_INGEST_BATCH: '1',
    });
    expect(await run.until((lines) => lines.length >= 3)).toBe(true);
    await proxy.stop();
    const cut = Date.now();
    const exit = await run.exited;
    const seconds = (Date.now() - cut) / 1000;

    const stderr = exit.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(exit.code, exit.stderr).toBe(1);
    expect(stderr, exit.stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(
      /^kg: lost the connection to Neo4j at bolt:\/\/127\.0\.0\.1:\d+: .+, at document \d+ of 12 \(.+fault-doc-\d+\.md\); \d+ document\(s\) before it are in the graph: run the same command again once Neo4j is back$/,
    );
    expect(exit.stderr).not.toMatch(/internal error|\n\s+at /);
    // Not one retry cycle per remaining document (5 s each): one, then out.
    expect(seconds).toBeLessThan(20);
    // What it says is in the graph is in the graph.
    const before = Number(/; (\d+) document\(s\) before it/.exec(stderr[0]!)![1]);
    const n = (await db.query<{ n: number }>('MATCH (d:Document) WHERE d.ingestHash IS NOT NULL RETURN count(d) AS n'))[0]!.n;
    expect(n).toBeGreaterThanOrEqual(before);
    expect(n).toBeLessThanOrEqual(before + 1); // the one in flight may have committed as the line was cut
  });
});
