/**
 * The API's representative read operations, shared by the benchmarks (bench/api.ts) and the
 * load scenario (harness/reliability/load.ts), and the way to capture the Cypher each one sends,
 * so a direct-Cypher baseline can replay exactly that query through neo4j-driver.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { pino } from 'pino';
import type { Settings } from '../src/config/settings.js';
import { wrapDriver, type Database } from '../src/db/connection.js';
import { startServer } from '../src/api/server.js';

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const OPERATIONS: Operation[] = [
  {
    name: 'panellists (generated, nested + citations)',
    query: `{ people(where: { spokeOn: { some: { ordinal: { gte: 1 } } } }) { name represents { name acronym } spokeOnConnection { edges { properties { paragraphs } node { name } } } citations { citation } } }`,
  },
  {
    name: 'filter across relationships (generated)',
    query: `{ observations(where: { mentions: { some: { Concept: { name: { contains: "liability" } } } } }) { number text drawsOnConnection { edges { properties { score shared } node { text } } } } }`,
  },
  {
    name: 'search (custom, full-text)',
    query: `query($q: String!) { search(query: $q, first: 10) { score snippet node { id name } citation { citation } } }`,
    variables: { q: 'smugglers corruption' },
  },
  {
    name: 'neighbourhood depth 2 (custom)',
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { nodes { id label name } edges { id type source target evidence { citation } } } }`,
    variables: { id: 'org:mixed-migration-centre' },
  },
  {
    name: 'engagement organization × topic (custom)',
    query: `{ engagementByTopic { rows { id } columns { id } cells { row column count statements { id citation { citation } } } } }`,
  },
];

/** What the API sent to Neo4j for one operation: the Cypher and its parameters. */
export interface Captured {
  cypher: string;
  params: Record<string, unknown>;
  /** How the API sent it: as an auto-commit query (session.run) or inside executeRead/executeWrite. */
  mode: 'auto-commit' | 'managed';
}

/**
 * The one Cypher query each operation sends, captured by running it once through an
 * in-process API on a recording driver. Throws if an operation fails or sends ≠ 1 query.
 */
export async function captureCypher(db: Database, settings: Settings, operations: readonly Operation[]): Promise<Captured[]> {
  const captured: Captured[] = [];
  const recording = wrapDriver(recordingDriver(db.driver, captured), db.uri, db.database, db.txTimeoutMs);
  const server = await startServer({ ...settings, logLevel: 'silent' }, recording, { port: 0, logger: pino({ level: 'silent' }) });
  const out: Captured[] = [];
  try {
    // @neo4j/graphql asks the server's version on its first request: keep that out of the capture.
    await post(server.url, { query: '{ __typename organizations(limit: 1) { id } }' });
    for (const op of operations) {
      captured.length = 0;
      const res = await post(server.url, { query: op.query, variables: op.variables ?? {} });
      if (res.errors) throw new Error(`${op.name}: ${JSON.stringify(res.errors)}`);
      if (captured.length !== 1) throw new Error(`${op.name}: expected one Cypher query, saw ${captured.length}`);
      out.push(captured[0]!);
    }
  } finally {
    await server.close();
  }
  return out;
}

async function post(url: string, body: unknown): Promise<{ errors?: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as { errors?: unknown };
}

/** A driver whose sessions and transactions record each query, its parameters and how it was sent. */
export function recordingDriver(driver: Driver, out: Captured[]): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(t, p) {
        if (p === 'run') {
          return (cypher: string, params?: Record<string, unknown>) => {
            out.push({ cypher, params: params ?? {}, mode: 'managed' });
            return t.run(cypher, params);
          };
        }
        const v = Reflect.get(t, p, t) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
  const wrapSession = (s: Session): Session =>
    new Proxy(s, {
      get(t, p) {
        if (p === 'run') {
          return (cypher: string, params?: Record<string, unknown>, config?: Parameters<Session['run']>[2]) => {
            out.push({ cypher, params: params ?? {}, mode: 'auto-commit' });
            return t.run(cypher, params, config);
          };
        }
        if (p === 'executeRead' || p === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (t[p] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => unknown).call(
              t,
              (tx: ManagedTransaction) => work(wrapTx(tx)),
              config,
            );
        }
        const v = Reflect.get(t, p, t) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
  return new Proxy(driver, {
    get(t, p) {
      if (p === 'session') return (...args: Parameters<Driver['session']>) => wrapSession(t.session(...args));
      const v = Reflect.get(t, p, t) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
}

/**
 * Sends a captured query straight through neo4j-driver, in its own session: as an auto-commit
 * read (one round trip, as the API now sends its reads) or in a managed read transaction
 * (executeRead: BEGIN, RUN + PULL, COMMIT), with the given timeout.
 */
export async function sendDirect(
  driver: Driver,
  database: string | undefined,
  c: Captured,
  timeout: number,
  mode: Captured['mode'] = c.mode,
): Promise<void> {
  const session = driver.session({ ...(database ? { database } : {}), defaultAccessMode: neo4j.session.READ });
  try {
    if (mode === 'auto-commit') await session.run(c.cypher, c.params, { timeout });
    else await session.executeRead((tx) => tx.run(c.cypher, c.params), { timeout });
  } finally {
    await session.close();
  }
}
