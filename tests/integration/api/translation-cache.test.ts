/**
 * The translation cache gives the answers an API without it gives. Two servers on the same
 * graph (the seed): one caching in verify mode (every hit is also translated afresh and
 * compared, Cypher text and parameters), one translating every request. Each operation is
 * sent with several sets of variables, three rounds, so each shape is seen, learnt, then
 * answered from the cache with values other than those it was learnt with.
 *
 * Operations: the five of harness/operations.ts (what bench/api.ts measures), the
 * README's queries, GraphiQL's example tabs, and generated queries written here for what a
 * shape can vary in (strings, lists, input objects, limits above @limit's max, enums,
 * @include, a variable used twice, cursors, fragments, aliases).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { pino } from 'pino';
import { startTestApi, gql, DOC, type TestApi, type Answer } from './support/api.js';
import { readmeQueries } from './support/readme-queries.js';
import { testSettings } from '../../support/test-db.js';
import { EXAMPLES } from '../../../src/api/graphiql/examples.js';
import { startServer, type RunningServer } from '../../../src/api/server.js';
import { TranslationCache } from '../../../src/api/translation-cache/cache.js';
import { LIMITS } from '../../../src/api/security/limits.js';
import { OPERATIONS } from '../../../harness/operations.js';

let api: TestApi;
let plain: RunningServer;
let bounded: RunningServer;
const cache = new TranslationCache({ verify: true });
/** A cache that holds two shapes, for the eviction test. */
const small = new TranslationCache({ maxEntries: 2, verify: true });

// All servers start here: a server started mid-file would leave the others idle past their
// keep-alive timeout, and a client reusing a socket being closed gets ECONNRESET.
beforeAll(async () => {
  api = await startTestApi({ server: { translationCache: cache } });
  const start = (translationCache: TranslationCache | false) =>
    startServer(testSettings({ LOG_LEVEL: 'silent' }), api.raw, {
      port: 0,
      logger: pino({ level: 'silent' }),
      translationCache,
      webDir: null,
      graphiqlDir: null,
    });
  plain = await start(false);
  bounded = await start(small);
});
afterAll(async () => {
  await bounded?.close();
  await plain?.close();
  await api?.close();
});

type Vars = Record<string, unknown>;

/**
 * Sends each variable set to both servers, three rounds; every cached answer must equal the
 * uncached one, and every cached translation the fresh one. Returns how the cache counted.
 */
async function sameAnswers(query: string, variableSets: Vars[]) {
  const before = { ...cache.stats };
  for (let round = 0; round < 3; round++) {
    for (const variables of variableSets) {
      const expected = await gql(plain.url, query, variables);
      expect(expected.status, JSON.stringify(expected.body.errors)).toBe(200);
      const actual = await gql(api.server.url, query, variables);
      expect(actual.status).toBe(200);
      expect(actual.body).toEqual(expected.body);
    }
  }
  const after = cache.stats;
  // Verify mode translated every hit afresh: the cached Cypher and parameters were the same.
  expect(after.mismatches - before.mismatches).toBe(0);
  return { hits: after.hits - before.hits, learnt: after.learnt - before.learnt, refused: after.refused - before.refused };
}

const WORDS = ['smugglers corruption', 'migrants', 'liability', 'no such word anywhere'];
const NODE_IDS = ['org:mixed-migration-centre', 'org:global-initiative-against-transnational-organized-crime', `${DOC}/para:22`];

/** Variable sets for an operation, from the variables it declares. */
function variableSetsFor(query: string, given?: Vars): Vars[] {
  const declared = [...query.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]!);
  if (declared.length === 0) return [{}];
  const sets: Vars[] = given ? [given] : [];
  for (let i = 0; i < 3; i++) {
    const v: Vars = {};
    for (const name of declared) {
      if (name === 'q') v.q = WORDS[i];
      else if (name === 'id' || name === 'from') v[name] = NODE_IDS[i];
      else if (name === 'to') v.to = NODE_IDS[(i + 1) % NODE_IDS.length];
      else if (name === 'after') v.after = null;
      else throw new Error(`no values for $${name}`);
    }
    sets.push(v);
  }
  return sets;
}

/** The queries bench/api.ts measures (harness/operations.ts, shared by tests and benchmarks). */
function benchQueries(): string[] {
  return OPERATIONS.map((o) => o.query);
}

describe('cached and uncached translations answer alike', () => {
  it("bench/api.ts's five operations", async () => {
    const queries = benchQueries();
    expect(queries).toHaveLength(5);
    let hits = 0;
    for (const q of queries) hits += (await sameAnswers(q, variableSetsFor(q))).hits;
    // The two generated ones are answered from the cache after their second request.
    expect(hits).toBeGreaterThanOrEqual(2);
  });

  it("the README's queries", async () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThan(0);
    for (const q of queries) await sameAnswers(q, variableSetsFor(q));
  });

  it("GraphiQL's example tabs", async () => {
    for (const e of EXAMPLES) await sameAnswers(e.query, variableSetsFor(e.query, e.variables));
  });

  it('pages of a connection, each cursor its own page', async () => {
    const q = `query($after: String) {
      organizationsConnection(first: 3, after: $after, sort: [{ name: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }`;
    const cursors: (string | null)[] = [null];
    for (let page = 0; page < 3; page++) {
      const r = await gql(plain.url, q, { after: cursors.at(-1) });
      const info = (r.body.data as Answer).organizationsConnection.pageInfo;
      if (!info.hasNextPage) break;
      cursors.push(info.endCursor as string);
    }
    expect(cursors.length).toBeGreaterThanOrEqual(3);
    await sameAnswers(
      q,
      cursors.map((after) => ({ after })),
    );
  });

  it('a string filter, learnt with one value and answered for others', async () => {
    const q = 'query($s: String!) { observations(where: { text: { contains: $s } }, sort: [{ number: ASC }]) { number text } }';
    const counted = await sameAnswers(q, [{ s: 'liab' }, { s: 'smuggl' }, { s: 'O\'Brien \\ " ${x} $param0' }, { s: '' }, { s: 'États' }]);
    expect(counted.learnt).toBe(1);
    expect(counted.hits).toBeGreaterThanOrEqual(10);
  });

  it('lists of different lengths, input objects and enums', async () => {
    const q = `query($acronyms: [String!]!, $where: OrganizationWhere, $kind: OrganizationKind) {
      a: organizations(where: { acronym: { in: $acronyms } }, sort: [{ name: ASC }]) { name acronym }
      b: organizations(where: $where, sort: [{ name: ASC }], limit: 20) { name kind }
      c: organizations(where: { kind: { eq: $kind } }, sort: [{ name: ASC }]) { name } }`;
    await sameAnswers(q, [
      { acronyms: ['MMC', 'IOM'], where: { name: { contains: 'Centre' } }, kind: 'NGO' },
      { acronyms: ['UNODC', 'MMC'], where: { name: { contains: 'Global' } }, kind: 'ACADEMIA' },
      { acronyms: ['MMC'], where: { OR: [{ name: { startsWith: 'A' } }, { acronym: { eq: 'MMC' } }] }, kind: 'NGO' },
      { acronyms: [], where: null, kind: 'IGO' },
    ]);
  });

  it("limits below and above the type's @limit max, and @include", async () => {
    const q =
      'query($n: Int, $withText: Boolean!) { paragraphs(limit: $n, sort: [{ order: ASC }]) { number text @include(if: $withText) } }';
    await sameAnswers(q, [
      { n: 2, withText: true },
      { n: 3, withText: true },
      { n: 5000, withText: false },
      { n: null, withText: false },
    ]);
  });

  it('a variable used twice, nested filters, fragments and aliases', async () => {
    const q = `query($s: String!, $t: String) {
      one: people(where: { name: { contains: $s } }, sort: [{ name: ASC }]) { ...P }
      two: statements(where: { text: { contains: $s } }, limit: 5, sort: [{ id: ASC }]) { text madeBy { ... on Person { name } ... on Organization { name } } }
      three: observations(where: { mentions: { some: { Concept: { name: { contains: $t } } } } }, sort: [{ number: ASC }]) { number drawsOnConnection(sort: [{ edge: { score: DESC } }]) { edges { properties { score } node { text } } } } }
      fragment P on Person { name represents(where: { name: { contains: $s } }) { name } spokeOnConnection { edges { properties { paragraphs } node { name } } } }`;
    await sameAnswers(q, [
      { s: 'a', t: 'liability' },
      { s: 'e', t: 'smuggling' },
      { s: 'Centre', t: null },
      { s: 'zzz', t: 'human rights' },
    ]);
  });
});

describe('what the cache does not change', () => {
  it('a translation that differs from the cached one was never seen (verify mode counts them)', () => {
    expect(cache.stats.hits).toBeGreaterThan(20);
    expect(cache.stats.mismatches).toBe(0);
  });

  it('the limits still refuse an operation, every time it is sent', async () => {
    // Cheap fields, so the alias limit (not cost or depth) is the one broken.
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_v, i) => `a${i}: organizations(limit: 1) { id }`);
    for (let i = 0; i < 3; i++) {
      const r = await gql(api.server.url, `{ ${fields.join(' ')} }`);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.limit).toBe('aliases');
    }
  });

  it('stays within its bounds: old shapes are evicted, answers stay right', async () => {
    const shapes = ['{ organizations { name } }', '{ people { name } }', '{ panels { name } }', '{ concepts { name } }'];
    // Each shape three times in a row (seen, learnt, hit), then the next; twice over.
    for (let round = 0; round < 2; round++) {
      for (const q of shapes) {
        const expected = await gql(plain.url, q);
        for (let i = 0; i < 3; i++) expect((await gql(bounded.url, q)).body).toEqual(expected.body);
        expect(small.size).toBeLessThanOrEqual(2);
      }
    }
    // Learnt again in the second round: evicted in between.
    expect(small.stats.learnt).toBe(8);
    expect(small.stats.hits).toBe(8);
    expect(small.stats.mismatches).toBe(0);
  });
});
