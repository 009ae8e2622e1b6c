/**
 * Hostile and malformed requests: fast-check generates operations from the server's own
 * schema (introspected), valid and invalid (fuzz-operations.ts), at least 10,000 (quick:
 * 1,000), then a fixed set of hand-made attacks (oversized bodies, deep and aliased
 * queries, batches, wrong content types, bad JSON, GET mutations, missing CSRF headers,
 * mutations without an editor key…). The API runs in its own process with editor keys
 * configured; the fuzzer never sends a valid one.
 *
 * Claims: never a 5xx; no stack trace, file path or Cypher in any body (LEAKS below); the
 * fixed requests get the 4xx they should; the graph's node and relationship counts are
 * unchanged (no write without a key); the server's heap after GC stable (see the memory
 * constants below).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { LIMITS } from '../../src/api/security/limits.js';
import type { Database } from '../../src/db/connection.js';
import { Ingestor } from '../../src/ingest/index.js';
import { emptyGraph } from '../../src/db/empty-graph.js';
import { generateDocument, mulberry32, organizationPool } from '../corpus/synthetic-corpus.js';
import { startApiProcess, type ApiProbe } from './api-process.js';
import { fuzzCases, type FuzzCase } from './fuzz-operations.js';
import { fixedRequests, type RawRequest } from './fuzz-fixed.js';
import type { Scenario, ScenarioResult } from './scenario.js';

const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');

/** What must never appear in a response body: how the server is built, or what it sends Neo4j. */
export const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat .+\.(ts|js|mjs|cjs):\d+/],
  ['stack frame', /\n\s+at \S/],
  ['stacktrace member', /"stacktrace"/],
  ['node_modules path', /node_modules/],
  ['project path', new RegExp(PROJECT_ROOT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))],
  ['Cypher', /\bMATCH \(|\bRETURN \w|\bUNWIND \$|\bCALL \{|db\.index\.fulltext|\bapoc\./],
  ['Neo4j error', /Neo4jError|Neo\.(ClientError|DatabaseError|TransientError)/],
];

/**
 * Memory, two ways. Apollo keeps parsed documents in an LRU cache bounded at 30 MiB of their
 * JSON form (more on the heap), and every fuzzed document is new, so the heap grows while
 * that cache fills: the end may exceed the warm-up by up to CACHE_BOUND_BYTES. The leak test
 * proper: the second half's requests are sent again (the same seeds give the same cases),
 * which adds nothing to any cache, so the heap must not grow by more than REPLAY_TOLERANCE_BYTES.
 */
const CACHE_BOUND_BYTES = 96 * 1024 * 1024;
const REPLAY_TOLERANCE_BYTES = 5 * 1024 * 1024;

interface Tally {
  requests: number;
  /** Milliseconds spent per kind of case (where the run's time goes). */
  msByKind: Record<string, number>;
  valid: number;
  invalid: number;
  byKind: Record<string, number>;
  statuses: Record<string, number>;
  violations: string[];
}

export const fuzz: Scenario = async (ctx) => {
  const cases = ctx.quick ? 1_000 : 10_000;
  const warmup = ctx.quick ? 100 : 500;
  await emptyGraph(ctx.db);
  await ingestCorpus(ctx.db, ctx.quick ? 2 : 10);
  const before = await graphCounts(ctx.db);
  const editorKey = randomBytes(24).toString('hex');
  const api = await startApiProcess(ctx.settings, { KG_EDITOR_KEYS: `fuzz-editor:${editorKey}` });
  const tally: Tally = { requests: 0, msByKind: {}, valid: 0, invalid: 0, byKind: {}, statuses: {}, violations: [] };
  let probes: { warm: ApiProbe; half: ApiProbe; end: ApiProbe; replay: ApiProbe };
  let fixed: { total: number; unexpected: string[] };
  let counterexamples: string[] = [];
  try {
    const introspection = await post(api.url, JSON.stringify({ query: getIntrospectionQuery() }));
    const schema = buildClientSchema((JSON.parse(introspection.body) as { data: IntrospectionQuery }).data);
    const vocab = {
      ids: (await ctx.db.query<{ id: string }>('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id LIMIT 40')).map((r) => r.id),
      words: ['smugglers', 'migrants', 'border', 'corruption', 'Mixed Migration Centre', 'liability', 'victims', 'UNODC', '2023', ''],
    };
    const arb = fuzzCases(schema, vocab);
    ctx.log(`fuzz: warm-up, ${warmup} generated requests`);
    const warmTally: Tally = { requests: 0, msByKind: {}, valid: 0, invalid: 0, byKind: {}, statuses: {}, violations: [] };
    counterexamples.push(...(await runParallel(api.url, arb, warmup, 7, warmTally)));
    tally.violations.push(...warmTally.violations);
    const warm = await api.probe();
    ctx.log(`fuzz: ${cases} generated requests, ${PARALLEL} streams`);
    counterexamples.push(...(await runParallel(api.url, arb, Math.ceil(cases / 2), 42, tally)));
    const half = await api.probe();
    counterexamples.push(...(await runParallel(api.url, arb, Math.floor(cases / 2), 142, tally)));
    ctx.log('fuzz: the fixed set');
    fixed = await sendFixed(api.origin, fixedRequests(api.url), tally);
    const end = await api.probe();
    ctx.log('fuzz: the second half again (leak test)');
    const replayTally: Tally = { requests: 0, msByKind: {}, valid: 0, invalid: 0, byKind: {}, statuses: {}, violations: [] };
    await runParallel(api.url, arb, Math.floor(cases / 2), 142, replayTally);
    tally.violations.push(...replayTally.violations);
    const replay = await api.probe();
    probes = { warm, half, end, replay };
  } finally {
    await api.close();
  }
  counterexamples = counterexamples.slice(0, 3);
  const after = await graphCounts(ctx.db);

  const fiveXX = Object.entries(tally.statuses)
    .filter(([s]) => s.startsWith('5') || s === 'timeout' || s === 'socket')
    .reduce((n, [, c]) => n + c, 0);
  const leaks = tally.violations.filter((v) => v.startsWith('leak'));
  const histogram = Object.entries(tally.statuses)
    .sort()
    .map(([s, c]) => `${s}: ${c}`)
    .join(', ');
  const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
  const generated = tally.requests - fixed.total;
  const label = `${generated.toLocaleString('en')} generated (${tally.valid.toLocaleString('en')} valid, ${(tally.invalid - fixed.total).toLocaleString('en')} invalid) + ${fixed.total} fixed`;
  const rows: ScenarioResult[] = [
    {
      scenario: 'fuzz: never a 5xx',
      figure: `${fiveXX} 5xx/timeouts in ${label}; statuses ${histogram}`,
      pass: fiveXX === 0 && generated >= cases,
      data: {
        ...tally,
        violations: tally.violations.slice(0, 20),
        counterexamples,
      },
    },
    {
      scenario: 'fuzz: no stack trace, path or Cypher in any body',
      figure: `${leaks.length} bodies leaking${leaks.length ? `: ${leaks.slice(0, 3).join(' | ')}` : ''} (patterns: ${LEAKS.map(([n]) => n).join(', ')})`,
      pass: leaks.length === 0,
      data: { leaks: leaks.slice(0, 20) },
    },
    {
      scenario: 'fuzz: fixed hostile requests refused as expected',
      figure: `${fixed.total - fixed.unexpected.length} of ${fixed.total} as expected${fixed.unexpected.length ? `: ${fixed.unexpected.join('; ')}` : ''}`,
      pass: fixed.unexpected.length === 0,
      data: { unexpected: fixed.unexpected },
    },
    {
      scenario: 'fuzz: no write without an editor key',
      figure: `nodes ${before.nodes} → ${after.nodes}, relationships ${before.relationships} → ${after.relationships}, audit entries ${before.audit} → ${after.audit}`,
      pass: before.nodes === after.nodes && before.relationships === after.relationships && before.audit === after.audit,
      data: { before, after },
    },
    {
      scenario: 'fuzz: memory stable',
      figure:
        `server heap after GC: ${mb(probes.warm.heapUsedBytes)} MB after warm-up → ${mb(probes.half.heapUsedBytes)} MB half-way → ` +
        `${mb(probes.end.heapUsedBytes)} MB at the end (bound +${mb(CACHE_BOUND_BYTES)} MB: Apollo's document cache filling); ` +
        `the second half sent again: ${mb(probes.replay.heapUsedBytes)} MB (limit +${mb(REPLAY_TOLERANCE_BYTES)} MB); ` +
        `RSS ${mb(probes.warm.rssBytes)} → ${mb(probes.replay.rssBytes)} MB`,
      pass:
        probes.end.heapUsedBytes <= probes.warm.heapUsedBytes + CACHE_BOUND_BYTES &&
        probes.replay.heapUsedBytes <= probes.end.heapUsedBytes + REPLAY_TOLERANCE_BYTES,
      data: probes,
    },
  ];
  return rows;
};

async function ingestCorpus(db: Database, documents: number): Promise<void> {
  const ingestor = await Ingestor.create(db);
  const seed = await ingestor.ingestFile(SEED);
  if (seed.status === 'failed') throw new Error(`seed ingestion failed: ${seed.error}`);
  const rand = mulberry32(11);
  const pool = organizationPool(20, rand);
  for (let i = 0; i < documents; i++) {
    const r = await ingestor.ingestBytes(Buffer.from(generateDocument(i, pool, rand)), `fuzz-synthetic-${i}.md`);
    if (r.status === 'failed') throw new Error(`synthetic document ${i}: ${r.error}`);
  }
}

async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number; audit: number }> {
  const [n] = await db.query<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
  const [r] = await db.query<{ relationships: number }>('MATCH ()-[r]->() RETURN count(r) AS relationships');
  const [a] = await db.query<{ audit: number }>('MATCH (a:AuditEntry) RETURN count(a) AS audit');
  return { nodes: n!.nodes, relationships: r!.relationships, audit: a!.audit };
}

/** Independent fast-check runs at once (seeds seed, seed+1, …): the server sees concurrent requests, and the run takes less time. */
const PARALLEL = 4;

async function runParallel(url: string, arb: fc.Arbitrary<FuzzCase>, numRuns: number, seed: number, tally: Tally): Promise<string[]> {
  const share = (i: number) => Math.floor(numRuns / PARALLEL) + (i < numRuns % PARALLEL ? 1 : 0);
  const found = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => run(url, arb, share(i), seed + i, tally)));
  return found.flat();
}

/**
 * `numRuns` generated requests, one at a time, through fast-check: a request that breaks a
 * claim fails the property, and fast-check shrinks it to a small one (returned, to print).
 */
async function run(url: string, arb: fc.Arbitrary<FuzzCase>, numRuns: number, seed: number, tally: Tally): Promise<string[]> {
  const details = await fc.check(
    fc.asyncProperty(arb, async (c) => {
      const t0 = performance.now();
      const res = await post(url, c.body, c.wrongKey ? { authorization: 'Bearer not-an-editor-key' } : {});
      tally.msByKind[c.kind] = Math.round((tally.msByKind[c.kind] ?? 0) + performance.now() - t0);
      tally.requests++;
      tally[c.valid ? 'valid' : 'invalid']++;
      tally.byKind[c.kind] = (tally.byKind[c.kind] ?? 0) + 1;
      return record(tally, res, c.kind).length === 0;
    }),
    { numRuns, seed, maxSkipsPerRun: 0 },
  );
  if (!details.failed) return [];
  const example = details.counterexample?.[0] as FuzzCase | undefined;
  return [`${example?.kind}: ${example?.body.slice(0, 300)} (seed ${seed}, path ${details.counterexamplePath})`];
}

interface Answer {
  status: number | 'timeout' | 'socket';
  body: string;
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(
    url,
    'POST',
    { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body,
  );
}

/**
 * One request on its own connection, with node:http rather than fetch: a server may answer an
 * oversized body (413) and close before the client has finished sending it, and the answer
 * must still be read, not reported as a broken socket.
 */
function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  if (body !== undefined && Buffer.byteLength(body) > LIMITS.maxBodyBytes) return sendRaw(url, method, headers, body);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (a: Answer) => {
      if (!settled) {
        settled = true;
        resolve(a);
      }
    };
    const req = http.request(url, { method, headers, agent: false, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (err) => finish({ status: res.statusCode ?? 'socket', body: Buffer.concat(chunks).toString('utf8') || err.message }));
    });
    req.on('timeout', () => {
      req.destroy();
      finish({ status: 'timeout', body: 'no answer within 60 s' });
    });
    // Errors while still sending (EPIPE, ECONNRESET) after an early answer are expected; the answer wins.
    req.on('error', (err) => setTimeout(() => finish({ status: 'socket', body: err.message }), 200));
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/** Counts the answer and returns what it broke (a 5xx, a leak), also kept in the tally. */
function record(tally: Tally, res: Answer, what: string): string[] {
  const key = String(res.status);
  tally.statuses[key] = (tally.statuses[key] ?? 0) + 1;
  const broken: string[] = [];
  if (typeof res.status !== 'number' || res.status >= 500) broken.push(`status ${res.status} for ${what}: ${res.body.slice(0, 200)}`);
  for (const [name, pattern] of LEAKS) {
    const m = pattern.exec(res.body);
    if (m) broken.push(`leak (${name}) for ${what}: …${res.body.slice(Math.max(0, m.index - 80), m.index + 80)}…`);
  }
  tally.violations.push(...broken);
  return broken;
}

/**
 * A large body over a plain socket, the way a careful client sends one: the headers first,
 * then the body only if no answer comes within a second. The server refuses a declared
 * Content-Length over its limit at once (413); had the client pushed the body anyway, the
 * server's close with unread data would reset the connection, and the reset throws away the
 * 413 before the client reads it (so fetch and node:http report a broken socket, by timing).
 */
function sendRaw(url: string, method: string, headers: Record<string, string>, body: string): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(u.port), u.hostname);
    const chunks: Buffer[] = [];
    const bytes = Buffer.from(body, 'utf8');
    const sendBody = setTimeout(() => socket.write(bytes, () => undefined), 1_000);
    socket.on('data', (c: Buffer) => {
      clearTimeout(sendBody);
      chunks.push(c);
    });
    socket.on('error', () => undefined);
    socket.setTimeout(60_000, () => socket.destroy());
    socket.on('close', () => {
      clearTimeout(sendBody);
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      resolve(
        status
          ? { status: Number(status), body: text.slice(text.indexOf('\r\n\r\n') + 4) }
          : { status: 'socket', body: text || 'closed without an answer' },
      );
    });
    const head = [`${method} ${u.pathname}${u.search} HTTP/1.1`, `host: ${u.host}`, 'connection: close', `content-length: ${bytes.length}`];
    for (const [k, v] of Object.entries(headers)) head.push(`${k}: ${v}`);
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
  });
}

async function sendFixed(origin: string, requests: RawRequest[], tally: Tally): Promise<{ total: number; unexpected: string[] }> {
  const unexpected: string[] = [];
  for (const r of requests) {
    const res = await send(r.url ?? `${origin}/graphql`, r.method, r.headers, r.body);
    tally.requests++;
    tally.invalid++;
    tally.byKind['fixed'] = (tally.byKind['fixed'] ?? 0) + 1;
    record(tally, res, r.name);
    if (typeof res.status !== 'number' || !r.expect.includes(res.status)) {
      unexpected.push(`${r.name}: ${res.status} (expected ${r.expect.join('/')}) ${res.body.slice(0, 160)}`);
    }
  }
  return { total: requests.length, unexpected };
}
