/**
 * The security review's claims, checked against the running system rather than read off
 * the code: every mutation the schema offers is refused without the editor key (and with a
 * wrong one) and writes nothing; keys never reach the logs, whatever the request; the local
 * Neo4j listens on loopback only, with authentication on, and its password file is the
 * owner's alone. The threat model behind them is docs/security.md.
 */
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadSettings, PROJECT_ROOT } from '../../src/config/settings.js';
import { startServer } from '../../src/api/server.js';
import { createLogger } from '../../src/api/logger.js';
import { Ingestor } from '../../src/ingest/index.js';
import { emptyGraph } from '../../src/db/empty-graph.js';
import { localServerStatus } from '../../src/db/local-server.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './scenario.js';

const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');
const EDITOR_KEY = 'kg-sec-7f3a9c1e-editor-key-not-for-logs';
const WRONG_KEY = 'kg-sec-wrong-2b8d4f60-also-not-for-logs';

export const security: Scenario = async (ctx) => {
  await emptyGraph(ctx.db);
  const seed = await (await Ingestor.create(ctx.db)).ingestFile(SEED);
  if (seed.status === 'failed') throw new Error(`seed: ${seed.error}`);
  return [...(await apiChecks(ctx)), ...(await serverChecks(ctx))];
};

// ---- The API: write paths and logs -------------------------------------------------------

async function apiChecks(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const logged: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged.push(chunk.toString('utf8'));
      done();
    },
  });
  const n = ctx.settings.neo4j;
  const settings = loadSettings({
    NEO4J_URI: n.uri ?? undefined,
    NEO4J_USER: n.user,
    NEO4J_PASSWORD: n.password ?? undefined,
    KG_EDITOR_KEYS: `reviewer:${EDITOR_KEY}`,
    KG_INTROSPECTION: 'true',
    LOG_LEVEL: 'trace',
  });
  const server = await startServer(settings, ctx.db, { port: 0, logger: createLogger(settings, sink), webDir: null, graphiqlDir: null });
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as { data?: unknown; errors?: { message: string }[] } | null };
  };
  try {
    const mutations = await mutationOperations(post);
    const before = await fingerprint(ctx);
    const refusals: string[] = [];
    for (const m of mutations) {
      for (const [who, headers] of [
        ['no key', {}],
        ['wrong key', { 'x-api-key': WRONG_KEY }],
        ['wrong bearer', { authorization: `Bearer ${WRONG_KEY}` }],
      ] as const) {
        const r = await post(m, headers);
        if (r.status !== 401) refusals.push(`${m.name} with ${who}: ${r.status}`);
      }
    }
    const after = await fingerprint(ctx);
    // The same write with the key goes through: the refusals above are about the key, nothing else.
    const allowed = await post(
      {
        query:
          'mutation { correctNode(id: "org:mixed-migration-centre", set: {note: "reviewed"}, reason: "security check") { audit { who } } }',
      },
      { authorization: `Bearer ${EDITOR_KEY}` },
    );
    const failing = await post(
      { query: 'mutation { correctNode(id: "org:no-such-node", set: {note: "x"}) { audit { who } } }' },
      { 'x-api-key': EDITOR_KEY },
    );
    await post({ query: '{ search(query: "smugglers") { score } }' }, { 'x-api-key': EDITOR_KEY });
    await post({ query: '{ search(query: "smugglers") { score } }' }, { 'x-api-key': WRONG_KEY });
    const written = (allowed.body?.data as { correctNode?: { audit?: { who?: string } } } | undefined)?.correctNode?.audit?.who;

    await new Promise((r) => setTimeout(r, 100)); // pino writes asynchronously
    const log = logged.join('');
    const leaks = [EDITOR_KEY, WRONG_KEY].filter((k) => log.includes(k) || log.includes(k.slice(0, 16)));
    return [
      {
        scenario: 'security: every mutation needs the editor key',
        figure: `${mutations.length} mutations (${mutations.map((m) => m.name).join(', ')}) × no key / wrong key / wrong bearer: ${refusals.length === 0 ? 'all 401' : refusals.join('; ')}; graph ${before === after ? 'unchanged' : 'CHANGED'}`,
        pass: mutations.length >= 5 && refusals.length === 0 && before === after,
      },
      {
        scenario: 'security: the editor key does write (and is audited by name)',
        figure: `status ${allowed.status}, audit who = ${written ?? '—'}; a failing edit answers ${failing.status}`,
        pass: allowed.status === 200 && written === 'reviewer' && failing.status < 500,
      },
      {
        scenario: 'security: keys never in the logs',
        figure: `${log.split('\n').filter(Boolean).length} log lines at trace level, ${leaks.length} with a key`,
        pass: leaks.length === 0 && log.length > 0,
      },
    ];
  } finally {
    await server.close();
  }
}

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

/** One operation per Mutation field, from the live schema, with every required argument filled. */
async function mutationOperations(post: (b: unknown) => Promise<{ body: { data?: unknown } | null }>): Promise<Operation[]> {
  const ref = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
  const r = await post({
    query: `{ __schema { mutationType { fields { name args { name type { ${ref} } } type { ${ref} } } } types { name kind enumValues { name } inputFields { name type { ${ref} } } } } }`,
  });
  const schema = (r.body?.data as { __schema?: IntrospectedSchema } | undefined)?.__schema;
  if (!schema?.mutationType) throw new Error('the schema offers no mutations to check (is introspection on?)');
  const types = new Map(schema.types.map((t) => [t.name, t]));
  return schema.mutationType.fields.map((f) => {
    const required = f.args.filter((a) => a.type.kind === 'NON_NULL');
    const decl = required.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
    const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
    return {
      name: f.name,
      query: `mutation${decl ? `(${decl})` : ''} { ${f.name}${args ? `(${args})` : ''} { __typename } }`,
      variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type, types)])),
    };
  });
}

interface IntrospectedSchema {
  mutationType: { fields: { name: string; args: { name: string; type: TypeRef }[] }[] } | null;
  types: { name: string; kind: string; enumValues: { name: string }[] | null; inputFields: { name: string; type: TypeRef }[] | null }[];
}

function typeText(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeText(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${typeText(t.ofType!)}]`;
  return t.name!;
}

function sample(t: TypeRef, types: Map<string, IntrospectedSchema['types'][number]>): unknown {
  if (t.kind === 'NON_NULL') return sample(t.ofType!, types);
  if (t.kind === 'LIST') return [sample(t.ofType!, types)];
  const named = types.get(t.name!);
  if (named?.kind === 'ENUM') return named.enumValues![0]!.name;
  if (named?.kind === 'INPUT_OBJECT')
    return Object.fromEntries(
      (named.inputFields ?? []).filter((f) => f.type.kind === 'NON_NULL').map((f) => [f.name, sample(f.type, types)]),
    );
  const scalars: Record<string, unknown> = { Int: 1, Float: 1.5, Boolean: true, JSON: { note: 'x' } };
  return t.name! in scalars ? scalars[t.name!] : 'org:mixed-migration-centre';
}

/** Counts that any write would change, the audit log included. */
async function fingerprint(ctx: ScenarioContext): Promise<string> {
  const [r] = await ctx.db.query<{ n: number; r: number; props: number }>(
    'MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH count(DISTINCT n) AS n, count(r) AS r MATCH (m) RETURN n, r, sum(size(keys(m))) AS props',
  );
  return `${r?.n}/${r?.r}/${r?.props}`;
}

// ---- The local Neo4j: loopback, authentication, password file -----------------------------

async function serverChecks(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const local = ctx.localServer;
  if (!local) {
    const figure = 'skipped: the database is a server of your own (NEO4J_URI); check its listeners and auth there';
    return [{ scenario: 'security: local Neo4j on loopback, auth on, password file 0600', figure, pass: false, skipped: true }];
  }
  const status = await localServerStatus({ ...local, projectRoot: PROJECT_ROOT });
  if (!status.running || !status.pid) throw new Error(`no local Neo4j running in ${local.dataDir}`);
  const listeners = await listeningSockets(status.pid);
  const loopback = listeners.filter((a) => /^(127\.\d+\.\d+\.\d+|\[::1\]|\[::ffff:127\.\d+\.\d+\.\d+\]):\d+$/.test(a));

  const uri = status.uri!;
  const refusedWith = async (user: string, password: string) => {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    try {
      await driver.verifyConnectivity();
      return 'ACCEPTED';
    } catch (err) {
      return (err as { code?: string }).code ?? 'refused';
    } finally {
      await driver.close();
    }
  };
  const defaultCredentials = await refusedWith('neo4j', 'neo4j');
  const wrongPassword = await refusedWith('neo4j', 'not-the-password');
  const password = (await readFile(path.join(local.dataDir, 'password'), 'utf8')).trim();

  const file = await stat(path.join(local.dataDir, 'password'));
  const mode = (file.mode & 0o777).toString(8);
  const mine = typeof process.getuid === 'function' ? file.uid === process.getuid() : true;
  return [
    {
      scenario: 'security: local Neo4j listens on loopback only',
      figure: `pid ${status.pid} listens on ${listeners.join(', ') || 'nothing'}`,
      pass: listeners.length > 0 && loopback.length === listeners.length,
    },
    {
      scenario: 'security: local Neo4j requires authentication',
      figure: `neo4j/neo4j → ${defaultCredentials}; wrong password → ${wrongPassword}; generated password ${password.length} characters`,
      pass: defaultCredentials !== 'ACCEPTED' && wrongPassword === 'Neo.ClientError.Security.Unauthorized' && password.length >= 20,
    },
    {
      scenario: 'security: password file readable by its owner only',
      figure: `mode ${mode}, owner ${mine ? 'this user' : 'someone else'}`,
      pass: mode === '600' && mine,
    },
  ];
}

/** Local addresses of the TCP sockets the process listens on (`ss` names the owning pid). */
async function listeningSockets(pid: number): Promise<string[]> {
  const { stdout } = await promisify(execFile)('ss', ['-Hltnp']);
  return stdout
    .split('\n')
    .filter((line) => line.includes(`pid=${pid},`))
    .map((line) => line.trim().split(/\s+/)[3]!)
    .filter(Boolean);
}
