/**
 * The floor under issue 12's item 6: the least any API in a process of its own can do for a
 * read. A bare Node HTTP server that, for each POST, reads the body, sends one fixed Cypher
 * query (captured from the real API) as an auto-commit read with the same driver settings,
 * and writes its records back as JSON: no GraphQL parsing, validation, limits, resolvers or
 * logging. Whatever ratio it gets against the Cypher sent directly is the best the real API
 * could reach on this machine, because every request still crosses HTTP and a second process.
 *
 * Parent side: `startFloorServer(settings, captured)`; this file is also the child's entry
 * point (run with tsx), told what to send through IPC.
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Settings } from '../src/config/settings.js';
import type { Captured } from '../harness/operations.js';
import { databaseEnv, kgEnv } from '../harness/reliability/kg-process.js';

export interface FloorServer {
  url: string;
  pid: number;
  /** The query that the next requests send (one operation at a time). */
  use(c: Captured): Promise<void>;
  close(): Promise<void>;
}

type ToChild = { type: 'use'; cypher: string; params: Record<string, unknown> };
type FromChild = { type: 'listening'; url: string } | { type: 'using' } | { type: 'failed'; message: string };

const SELF = fileURLToPath(import.meta.url);

export async function startFloorServer(settings: Settings): Promise<FloorServer> {
  const child = fork(SELF, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...kgEnv({ NODE_ENV: 'production', ...databaseEnv(settings), KG_TX_TIMEOUT_MS: String(settings.txTimeoutMs) }),
      KG_FLOOR_CHILD: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<FromChild>((resolve, reject) => {
      const onMessage = (m: FromChild) => {
        child.off('exit', onExit);
        resolve(m);
      };
      const onExit = (code: number | null) => {
        child.off('message', onMessage);
        reject(new Error(`floor server exited (${code})`));
      };
      child.once('message', onMessage);
      child.once('exit', onExit);
    });
  const first = await next();
  if (first.type !== 'listening') {
    child.kill('SIGKILL');
    throw new Error(`floor server did not start: ${first.type === 'failed' ? first.message : first.type}`);
  }
  return {
    url: first.url,
    pid: child.pid!,
    use: async (c) => {
      const answer = next();
      child.send({ type: 'use', cypher: c.cypher, params: JSON.parse(JSON.stringify(c.params, markIntegers)) } satisfies ToChild);
      await answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** neo4j Integers do not survive IPC's JSON: sent as { $int: "…" } and revived in the child, so `LIMIT $n` stays an integer. */
function markIntegers(_key: string, value: unknown): unknown {
  if (
    value &&
    typeof value === 'object' &&
    'low' in value &&
    'high' in value &&
    typeof (value as { toString: unknown }).toString === 'function'
  )
    return { $int: String(value) };
  return value;
}

async function runChild(): Promise<void> {
  // As the API serves (src/api/source-maps.ts): tsx's source maps would charge every result a stack lookup.
  process.setSourceMapsEnabled(false);
  const neo4j = (await import('neo4j-driver')).default;
  const { loadSettings } = await import('../src/config/settings.js');
  const settings = loadSettings(process.env);
  const n = settings.neo4j;
  // The API's driver settings (src/db/connection.ts): integers come back as JS numbers there too.
  const driver = neo4j.driver(n.uri!, neo4j.auth.basic(n.user, n.password!), { disableLosslessIntegers: true });
  const database = n.database ?? undefined;
  let query: ToChild | null = null;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const session = driver.session({ ...(database ? { database } : {}), defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.run(query!.cypher, query!.params, { timeout: settings.txTimeoutMs });
          const body = JSON.stringify({ data: result.records.map((r) => r.toObject()) });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(body);
        } catch (err) {
          res.writeHead(500);
          res.end(String(err));
        } finally {
          await session.close();
        }
      })();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.send!({ type: 'listening', url: `http://127.0.0.1:${port}/` } satisfies FromChild);
  });
  const revive = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(revive);
    if (v && typeof v === 'object') {
      if ('$int' in v) return neo4j.int((v as { $int: string }).$int);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
    }
    return v;
  };
  process.on('message', (m: ToChild) => {
    query = { ...m, params: revive(m.params) as Record<string, unknown> };
    process.send!({ type: 'using' } satisfies FromChild);
  });
  process.on('SIGTERM', () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}

if (process.env.KG_FLOOR_CHILD === '1') {
  runChild().catch((err) => {
    process.send?.({ type: 'failed', message: String(err) } satisfies FromChild);
    process.exit(1);
  });
}
