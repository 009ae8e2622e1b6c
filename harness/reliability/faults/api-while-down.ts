/**
 * The database stops (cleanly, then kill -9) while `kg serve` answers a steady stream of
 * representative queries. While it is down every answer must be a clear 503 (Retry-After, a
 * readable message, nothing of the driver, Cypher or a stack) within a bound; once it is back
 * the same process must answer correctly again by itself, within a bound, and never crash.
 */
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ScenarioResult } from '../scenario.js';
import { startKg, type KgProcess } from '../kg-process.js';
import type { FaultsServer } from './server.js';

/** No response may take longer than this, up, down or in between. */
export const RESPONSE_BOUND_S = 10;
/** The API's own transaction timeout (KG_TX_TIMEOUT_MS default): a query on a recovering database may run that long. */
const TX_TIMEOUT_S = 15;
/** Requests sent while Neo4j restarts and recovers: its query timeout plus a margin. */
export const RESTARTING_RESPONSE_BOUND_S = TX_TIMEOUT_S + 5;
/** The API must answer correctly again within this after Neo4j answers again (its probe runs every second). */
export const RECOVERY_BOUND_S = 10;
/**
 * …and answer nothing but correctly from within this on: a just-restarted JVM on a busy
 * machine may still be too slow to accept connections for a few seconds (clean 503s meanwhile).
 */
export const STABLE_BOUND_S = 20;
const STABLE_HOLD_MS = 5_000;
const CLIENT_TIMEOUT_MS = 30_000;
const WORKERS = 2;

interface Query {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

interface Sample {
  query: string;
  start: number;
  end: number;
  status: number;
  /** 'ok' (200 and the same data as before the fault), 'unavailable' (a clean 503), or what was wrong. */
  verdict: string;
}

/** 'ok', 'unavailable' (a clean 503), 'timeout' (a clean 504), or what was wrong. */
type Verdict = string;

/** Driver, Cypher, stack or connection details in a response: what a client must never see. */
const LEAK = /\bat [\w.<>]+ \(|\.ts:\d+|MATCH \(|RETURN |bolt:\/\/|ECONNREFUSED|Neo4jError|ServiceUnavailable|SessionExpired|stacktrace/i;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function post(url: string, q: Query): Promise<{ status: number; retryAfter: string | null; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }),
    signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text: await res.text() };
}

function judge(r: { status: number; retryAfter: string | null; text: string }, expected: string): Verdict {
  if (LEAK.test(r.text)) return `leak in ${r.status}: ${r.text.slice(0, 200)}`;
  let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(r.text) as typeof body;
  } catch {
    return `${r.status} not JSON: ${r.text.slice(0, 200)}`;
  }
  if (r.status === 200 && !body.errors && JSON.stringify(body.data) === expected) return 'ok';
  if (r.status === 504 && body.errors?.[0]?.extensions?.code === 'QUERY_TIMEOUT' && /ran longer than/.test(body.errors[0].message ?? '')) {
    return 'timeout';
  }
  if (r.status === 200) return `200 but ${body.errors ? `errors: ${JSON.stringify(body.errors).slice(0, 200)}` : 'different data'}`;
  const e = body.errors?.[0];
  if (
    r.status === 503 &&
    /^\d+$/.test(r.retryAfter ?? '') &&
    e?.extensions?.code === 'DATABASE_UNAVAILABLE' &&
    /not reachable/.test(e.message ?? '')
  ) {
    return 'unavailable';
  }
  return `${r.status} retry-after=${r.retryAfter}: ${r.text.slice(0, 200)}`;
}

/** Workers sending the queries in turn until stopped, every answer timed and judged. */
class QueryStream {
  readonly samples: Sample[] = [];
  /** Start times of the requests still out. */
  private readonly pending = new Set<number>();
  private running = true;
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly queries: Query[],
    private readonly expected: Map<string, string>,
  ) {
    for (let w = 0; w < WORKERS; w++) this.loops.push(this.loop(w));
  }

  private async loop(offset: number): Promise<void> {
    for (let i = offset; this.running; i++) {
      const q = this.queries[i % this.queries.length]!;
      const start = performance.now();
      this.pending.add(start);
      let status = 0;
      let verdict: Verdict;
      try {
        const r = await post(this.url, q);
        status = r.status;
        verdict = judge(r, this.expected.get(q.name)!);
      } catch (err) {
        verdict = `no answer: ${(err as Error).name === 'TimeoutError' ? `hung over ${CLIENT_TIMEOUT_MS / 1000} s` : (err as Error).message}`;
      }
      this.samples.push({ query: q.name, start, end: performance.now(), status, verdict });
      this.pending.delete(start);
      // A little pause: a steady stream, not a load test (the JVM restarts on the same 2 cores).
      await sleep(50);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /**
   * The end of the first correct answer after which every answer (to requests sent after
   * `since`) has been correct for `holdMs`, or null after `timeoutMs`.
   */
  async stableAfter(since: number, holdMs: number, timeoutMs: number): Promise<number | null> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const recent = this.samples.filter((x) => x.start >= since);
      const lastBad = Math.max(since, ...recent.filter((x) => x.verdict !== 'ok').map((x) => x.end));
      const firstGood = recent.filter((x) => x.verdict === 'ok' && x.end >= lastBad).sort((a, b) => a.end - b.end)[0];
      if (firstGood && performance.now() - firstGood.end >= holdMs) {
        // Requests still out may yet fail: wait for their answers, then look again.
        const out = [...this.pending];
        while (out.some((t) => this.pending.has(t))) await sleep(50);
        if (!this.samples.some((x) => x.start >= since && x.verdict !== 'ok' && x.end > firstGood.end)) return firstGood.end;
        continue;
      }
      if (performance.now() > deadline) return null;
      await sleep(100);
    }
  }

  /** Resolves with the first correct answer to a request sent after `since`, or null after `timeoutMs`. */
  async firstOkAfter(since: number, timeoutMs: number): Promise<Sample | null> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const ok = this.samples.find((s) => s.start >= since && s.verdict === 'ok');
      if (ok) return ok;
      if (performance.now() > deadline) return null;
      await sleep(50);
    }
  }
}

interface FaultWindow {
  fault: 'clean stop' | 'kill -9';
  stopBegin: number;
  stopped: number;
  startBegin: number;
  back: number;
  restartSeconds: number;
  firstOk: Sample | null;
  /** When the stream looked steady (only to know how long to watch; rows() judges from every answer). */
  stable: number | null;
  end: number;
}

export async function apiWhileDown(opts: { quick: boolean; server: FaultsServer; log: (m: string) => void }): Promise<ScenarioResult[]> {
  const { quick, server, log } = opts;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const api = startKg(['serve'], { ...server.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' });
  let apiExit: { code: number | null; signal: string | null } | null = null;
  void api.exited.then((e) => (apiExit = { code: e.code, signal: e.signal }));
  try {
    await waitUntilServing(origin, api);
    const queries = await representativeQueries(`${origin}/graphql`);
    const expected = new Map<string, string>();
    for (const q of queries) {
      const r = await post(`${origin}/graphql`, q);
      const body = JSON.parse(r.text) as { data?: unknown; errors?: unknown };
      if (r.status !== 200 || body.errors) throw new Error(`${q.name} fails before any fault: ${r.status} ${r.text.slice(0, 300)}`);
      expected.set(q.name, JSON.stringify(body.data));
    }
    const pid = api.child.pid;
    const stream = new QueryStream(`${origin}/graphql`, queries, expected);
    const windows: FaultWindow[] = [];
    // Long enough for answers after the driver's first failure (its retries take ~5 s) to be seen.
    const downMs = quick ? 8_000 : 15_000;
    try {
      await sleep(2_000);
      for (const fault of quick ? (['kill -9'] as const) : (['clean stop', 'kill -9'] as const)) {
        log(`faults: API up, Neo4j ${fault}`);
        const stopBegin = performance.now();
        if (fault === 'kill -9') await server.kill();
        else await server.stop();
        const stopped = performance.now();
        await sleep(downMs);
        const startBegin = performance.now();
        const starting = server.start();
        const [restart, bolt] = await Promise.all([starting, server.answering(starting)]);
        // Back: when Neo4j first answered a query again (start returns a little later, after its APOC check).
        const back = bolt ?? performance.now();
        log(`faults: Neo4j back after ${restart.seconds.toFixed(1)} s`);
        const firstOk = await stream.firstOkAfter(startBegin, RECOVERY_BOUND_S * 3_000);
        // Recovered for good: correct answers only, for a while.
        const stable = await stream.stableAfter(startBegin, STABLE_HOLD_MS, STABLE_BOUND_S * 2_000);
        windows.push({
          fault,
          stopBegin,
          stopped,
          startBegin,
          back,
          restartSeconds: restart.seconds,
          firstOk,
          stable,
          end: performance.now(),
        });
      }
    } finally {
      await stream.stop();
    }
    const survived = apiExit === null && api.child.pid === pid && (await fetch(`${origin}/healthz`)).status === 200;
    return rows(windows, stream.samples, survived, apiExit);
  } finally {
    if (api.child.exitCode === null) api.child.kill('SIGTERM');
    await Promise.race([api.exited, sleep(15_000)]);
    if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
  }
}

async function waitUntilServing(origin: string, api: KgProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`kg serve exited (${api.child.exitCode}): ${api.stderr().trim()}`);
    const ok = await fetch(`${origin}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`kg serve did not answer on ${origin} within 120 s: ${api.stderr().trim()}`);
}

/** Generated (connection with count, sorted list) and custom (search, neighbourhood, ranking) queries. */
async function representativeQueries(url: string): Promise<Query[]> {
  const first = await post(url, { name: 'first organization', query: '{ organizations(sort: [{ id: ASC }], limit: 1) { id } }' });
  const orgId = (JSON.parse(first.text) as { data?: { organizations?: { id: string }[] } }).data?.organizations?.[0]?.id;
  if (!orgId) throw new Error(`no organization to ask about: ${first.text.slice(0, 300)}`);
  return [
    { name: 'organizationsConnection', query: '{ organizationsConnection { totalCount } }' },
    { name: 'documents', query: '{ documents(sort: [{ id: ASC }], limit: 5) { id title date paragraphCount } }' },
    { name: 'search', query: '{ search(query: "smugglers", first: 5) { score field node { id label } } }' },
    {
      name: 'neighbourhood',
      query: 'query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 50) { nodes { id label } edges { id type } truncated } }',
      variables: { id: orgId },
    },
    { name: 'driversOfMigration', query: '{ driversOfMigration { rank driver { id } speakers statements } }' },
  ];
}

const s = (ms: number) => Math.round(ms / 100) / 10;

function rows(
  windows: FaultWindow[],
  samples: Sample[],
  survived: boolean,
  apiExit: { code: number | null; signal: string | null } | null,
): ScenarioResult[] {
  const out: ScenarioResult[] = [];
  const slowest = (xs: Sample[]) => s(Math.max(0, ...xs.map((x) => x.end - x.start)));
  for (const w of windows) {
    // In flight at the stop or sent while Neo4j was stopping or down: a clean 503 (or, at the
    // edges, still a correct answer), within the bound.
    const sentDown = samples.filter((x) => x.end > w.stopBegin && x.start < w.startBegin);
    // Sent once it was gone and answered before its restart began: nothing but a clean 503 will do.
    const down = sentDown.filter((x) => x.start >= w.stopped && x.end <= w.startBegin);
    // Sent while it started and recovered: also a 504 if a query outlives the API's own transaction timeout.
    const sentRestarting = samples.filter((x) => x.start >= w.startBegin && x.start < w.back);
    const statuses = countBy([...sentDown, ...sentRestarting], (x) => String(x.status));
    const bad = [
      ...down.filter((x) => x.verdict !== 'unavailable'),
      ...sentDown.filter((x) => x.verdict !== 'unavailable' && x.verdict !== 'ok'),
      ...sentRestarting.filter((x) => !['unavailable', 'ok', 'timeout'].includes(x.verdict)),
    ];
    // How long a client waited once the database was gone (a clean stop first lets running queries finish).
    const waited = (x: Sample) => x.end - Math.max(x.start, w.stopped);
    const slowDown = sentDown.filter((x) => waited(x) > RESPONSE_BOUND_S * 1000);
    const slowRestarting = sentRestarting.filter((x) => x.end - x.start > RESTARTING_RESPONSE_BOUND_S * 1000);
    const timeouts = sentRestarting.filter((x) => x.verdict === 'timeout').length;
    out.push({
      scenario: `API while Neo4j is down (${w.fault}): clear 503s`,
      figure:
        `${sentDown.length} requests in flight or sent while down for ${s(w.startBegin - w.stopped)} s: ${fmt(countBy(sentDown, (x) => String(x.status)))}, ` +
        `longest wait after it was gone ${s(Math.max(0, ...sentDown.map(waited)))} s (bound ${RESPONSE_BOUND_S} s); ${sentRestarting.length} sent while it restarted: ` +
        `${fmt(countBy(sentRestarting, (x) => String(x.status)))}${timeouts ? ` (504: the API's ${TX_TIMEOUT_S} s query timeout on the recovering database)` : ''}, ` +
        `slowest ${slowest(sentRestarting)} s (bound ${RESTARTING_RESPONSE_BOUND_S} s); ${bad.length} unclear`,
      pass: down.length > 0 && bad.length === 0 && slowDown.length === 0 && slowRestarting.length === 0,
      data: {
        sentDown: sentDown.length,
        answeredWhileDown: down.length,
        sentRestarting: sentRestarting.length,
        statuses,
        unclear: [...new Set(bad.map((x) => x.verdict))].slice(0, 10),
        slowestDownSeconds: slowest(sentDown),
        longestWaitAfterGoneSeconds: s(Math.max(0, ...sentDown.map(waited))),
        slowestRestartingSeconds: slowest(sentRestarting),
        downSeconds: s(w.startBegin - w.stopped),
        timeline: timeline(samples, w),
      },
    });
    const recovery = w.firstOk ? w.firstOk.end - w.back : null;
    // Steady from the end of the first correct answer after the last wrong one (the stream has
    // stopped: every request sent before w.end has its answer now).
    const inWindow = samples.filter((x) => x.start >= w.startBegin && x.start < w.end);
    const lastBad = Math.max(w.startBegin, ...inWindow.filter((x) => x.verdict !== 'ok').map((x) => x.end));
    const steady = inWindow.filter((x) => x.verdict === 'ok' && x.end >= lastBad).sort((a, b) => a.end - b.end)[0];
    const stable = steady ? steady.end - w.back : null;
    // Sent after the first correct answer, and not answered correctly.
    const relapses = w.firstOk ? samples.filter((x) => x.start >= w.firstOk!.end && x.start < w.end && x.verdict !== 'ok') : [];
    const afterStable = steady ? inWindow.filter((x) => x.end > steady.end) : [];
    out.push({
      scenario: `API after Neo4j is back (${w.fault}): recovers by itself`,
      figure:
        recovery === null
          ? `no correct answer within ${RECOVERY_BOUND_S * 3} s of Neo4j's restart (${s(w.back - w.startBegin)} s)`
          : `first correct answer ${s(Math.max(0, recovery))} s after Neo4j answered again (bound ${RECOVERY_BOUND_S} s; Neo4j's restart took ${s(w.back - w.startBegin)} s), ` +
            `${stable === null ? `not steady within ${STABLE_BOUND_S * 2} s` : `only correct answers from ${s(Math.max(0, stable))} s on (bound ${STABLE_BOUND_S} s; ${afterStable.length} answers)`}` +
            `${relapses.length ? `, ${relapses.length} clean 503/504 after it (${fmt(countBy(relapses, (x) => x.verdict))})` : ''}; same process`,
      pass:
        recovery !== null &&
        recovery <= RECOVERY_BOUND_S * 1000 &&
        stable !== null &&
        stable <= STABLE_BOUND_S * 1000 &&
        relapses.every((x) => x.verdict === 'unavailable' || x.verdict === 'timeout'),
      data: {
        recoverySeconds: recovery === null ? null : s(recovery),
        stableSeconds: stable === null ? null : s(stable),
        neo4jRestartSeconds: Math.round(w.restartSeconds * 10) / 10,
        answersAfterStable: afterStable.length,
        relapses: relapses.map((x) => x.verdict).slice(0, 10),
      },
    });
  }
  out.push({
    scenario: 'API process survives the database going away',
    figure: survived
      ? `one kg serve process throughout (${samples.length} requests, ${windows.length} outage${windows.length === 1 ? '' : 's'}), /healthz 200 at the end`
      : `kg serve ${apiExit ? `exited (code ${apiExit.code}, signal ${apiExit.signal})` : 'is not healthy at the end'}`,
    pass: survived,
    data: { requests: samples.length, statuses: countBy(samples, (x) => String(x.status)) },
  });
  return out;
}

/** What happened around a fault, for the note: every answer but the fast 503s, times from the stop. */
function timeline(samples: Sample[], w: FaultWindow): string[] {
  const rel = (t: number) => s(t - w.stopBegin);
  const marks = `stopped +${rel(w.stopped)} s, restart began +${rel(w.startBegin)} s, answering +${rel(w.back)} s`;
  const notable = samples
    .filter((x) => x.end > w.stopBegin - 1_000 && x.start < w.end)
    .filter((x) => !(x.verdict === 'unavailable' && x.end - x.start < 1_000) && !(x.verdict === 'ok' && x.end - x.start < 1_000))
    .map((x) => `+${rel(x.start)}→+${rel(x.end)} s ${x.query}: ${x.verdict.slice(0, 80)}`);
  return [marks, ...notable.slice(0, 30)];
}

function countBy<T>(xs: T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

function fmt(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${v}× ${k}`)
    .join(', ');
}
