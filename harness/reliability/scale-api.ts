/**
 * API latency for the scale scenario, as a client sees it: the API in a process of its own
 * (api-process.ts, pointed at the scenario's database through NEO4J_URI), a fixed number
 * of GraphQL POSTs at low concurrency (autocannon), p50 and p95 of their response times.
 */
import autocannon from 'autocannon';

export interface ApiOperation {
  name: string;
  /** Whether the p95 aim (within 1.5× of the smallest size) applies. */
  aim: boolean;
  query: string;
  variables: Record<string, unknown>;
}

export interface Latency {
  p50: number;
  /** Median of the rounds' p95s (see measureOperations). */
  p95: number;
  /** p95 of all requests of all rounds together. */
  p95Pooled: number;
  /** Size of the answer (bytes of JSON): equal sizes across corpus sizes mean equal work asked. */
  answerBytes: number;
  /** Transport errors, non-2xx answers, timeouts and GraphQL errors in the checked answers. */
  errors: number;
}

const CONNECTIONS = 2;

/**
 * p50 and p95 of each operation over `rounds` rounds of `perRound` requests, the operations
 * taking turns within each round, after a warm-up; each answer checked before and after.
 *
 * Why rounds and a median: the machines this runs on are shared, and a burst of someone
 * else's work during one stretch of requests inflates the p95 of whatever was measured then.
 * Taking turns spreads every operation over the whole window, and the p95 reported is the
 * median of the rounds' p95s, which one bad round cannot move; the p95 of all requests
 * pooled is kept beside it.
 */
export async function measureOperations(
  url: string,
  ops: ApiOperation[],
  rounds: number,
  perRound: number,
): Promise<Record<string, Latency>> {
  const bodies = ops.map((op) => JSON.stringify({ query: op.query, variables: op.variables }));
  const errors = ops.map(() => 0);
  const answerBytes = ops.map(() => 0);
  const all: number[][] = ops.map(() => []);
  const roundP95: number[][] = ops.map(() => []);
  for (let i = 0; i < ops.length; i++) {
    const first = await check(url, bodies[i]!, ops[i]!.name);
    errors[i]! += first.errors;
    answerBytes[i] = first.bytes;
    await run(url, bodies[i]!, Math.max(10, perRound));
  }
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < ops.length; i++) {
      const { times, failures } = await run(url, bodies[i]!, perRound);
      errors[i]! += failures;
      all[i]!.push(...times);
      roundP95[i]!.push(quantile(times, 0.95));
    }
  }
  const out: Record<string, Latency> = {};
  for (let i = 0; i < ops.length; i++) {
    errors[i]! += (await check(url, bodies[i]!, ops[i]!.name)).errors;
    out[ops[i]!.name] = {
      p50: round1(quantile(all[i]!, 0.5)),
      p95: round1(quantile(roundP95[i]!, 0.5)),
      p95Pooled: round1(quantile(all[i]!, 0.95)),
      answerBytes: answerBytes[i]!,
      errors: errors[i]!,
    };
  }
  return out;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/** errors: 1 when the answer carries GraphQL errors or no data (the operation is broken, not slow). */
async function check(url: string, body: string, name: string): Promise<{ errors: number; bytes: number }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (res.ok && json.data && !json.errors) return { errors: 0, bytes: Buffer.byteLength(text) };
  process.stderr.write(`scale: ${name} answered with errors: ${JSON.stringify(json.errors ?? json).slice(0, 500)}\n`);
  return { errors: 1, bytes: Buffer.byteLength(text) };
}

async function run(url: string, body: string, amount: number): Promise<{ times: number[]; failures: number }> {
  const times: number[] = [];
  const failures = await new Promise<number>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS, amount, timeout: 60 },
      (err, result) => (err ? reject(err) : resolve(result.errors + result.non2xx + result.timeouts)),
    );
    instance.on('response', (_c, _s, _b, responseTime) => times.push(responseTime));
  });
  return { times, failures };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
