/**
 * Safe by default: every limit answers 4xx with a message naming it, before any Cypher is
 * sent; writes need an editor key; malformed requests never get a 5xx; errors never carry
 * a stack trace or Cypher.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { pino } from 'pino';
import { startTestApi, gql, EDITOR_KEY, type TestApi } from './support/api.js';
import { testSettings } from '../../support/test-db.js';
import { startServer } from '../../../src/api/server.js';

let api: TestApi;
let url: string;

beforeAll(async () => {
  api = await startTestApi({ ingest: false });
  url = api.server.url;
  // @neo4j/graphql asks the server its version once, on the first request; do that first.
  await gql(url, '{ organizations(limit: 1) { id } }');
});
afterAll(async () => api?.close());
beforeEach(() => api.counter.reset());

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

describe('request limits', () => {
  const cases: [string, string, RegExp][] = [
    [
      'depth',
      `{ people { ${'represents { representatives { '.repeat(7)} name ${'} } '.repeat(7)} } }`,
      /depth limit of 12 exceeded, found \d+: each level of nesting/,
    ],
    [
      'aliases',
      `{ ${repeat(60, (i) => `a${i}: organizations { name }`)} }`,
      /^Aliases limit of 50 exceeded, found 60: each alias runs its field again/m,
    ],
    ['directives', `{ organizations { ${repeat(25, () => 'name @include(if: true)')} } }`, /Directives limit of 20 exceeded/],
    ['tokens', `{ organizations { ${repeat(2100, () => 'name')} } }`, /more that 2000 tokens/],
    [
      'cost',
      `{ ${repeat(15, (i) => `o${i}: organizations { name acronym kind location aliases representatives { name personName honorific pronoun roles position statements { paragraphNumber text speakerKind quantifier speakerSurface evidence { text citation number order document { name title } } mentions { ... on Concept { name prefLabel } } } } }`)} }`,
      /Cost limit of 1500 exceeded, found \d+: the request's estimated work/,
    ],
  ];
  for (const [name, query, message] of cases) {
    it(`rejects an operation over the ${name} limit with 400 and a clear message, sending no Cypher`, async () => {
      const r = await gql(url, query);
      expect(r.status).toBe(400);
      // An operation may break several limits at once; the one it was built to break is among them.
      expect(r.body.errors?.map((e) => e.message).join('\n')).toMatch(message);
      expect(r.body.data).toBeUndefined();
      // …and says which limit it broke, in words and in `extensions.limit`.
      expect(r.body.errors?.map((e) => e.extensions?.limit)).toContain(name);
      expect(api.counter.count).toBe(0);
    });
  }

  it('rejects arguments out of range with 400 before querying', async () => {
    for (const q of [
      '{ neighbourhood(id: "x", depth: 4) { nodes { id } } }',
      '{ search(query: "x", first: 101) { score } }',
      '{ node(id: "x", edgeLimit: 0) { node { id } } }',
    ]) {
      const r = await gql(url, q);
      expect(r.status, q).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors?.[0]?.message).toMatch(/must be between/);
    }
    expect(api.counter.queries).toEqual([]);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(6 * 1024 * 1024)}` });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/larger than 5242880 bytes/);
  });
});

describe('writes', () => {
  const mutation = 'mutation { removeFact(id: "org:anything") { audit { id } } }';

  it('are refused without a key (401), sending no Cypher', async () => {
    const r = await gql(url, mutation);
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.body.errors?.[0]?.message).toMatch(/editor API key/);
    expect(api.counter.count).toBe(0);
  });

  it('are refused with a wrong key, and a wrong key is refused for reads too', async () => {
    const wrongKeys: Record<string, string>[] = [{ authorization: 'Bearer not-the-key' }, { 'x-api-key': `${EDITOR_KEY}x` }];
    for (const headers of wrongKeys) {
      const w = await gql(url, mutation, {}, headers);
      expect(w.status).toBe(401);
      const r = await gql(url, '{ __typename }', {}, headers);
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]?.message).toMatch(/API key is not valid/);
    }
    expect(api.counter.count).toBe(0);
  });

  it('are refused over GET (405) even with a key', async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent(mutation)}`, {
      headers: { 'apollo-require-preflight': 'true', 'x-api-key': EDITOR_KEY },
    });
    expect(res.status).toBe(405);
  });
});

describe('GraphQL over HTTP', () => {
  it('answers GET queries (with a CSRF preflight header) and POST JSON, in the negotiated media type', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toMatch(/^application\/json/);
    const post = await gql(url, '{ __typename }');
    expect(post.status).toBe(200);
    expect(post.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(post.body.data).toEqual({ __typename: 'Query' });
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(((await get.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Cross-Site Request Forgery/);
    const form = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(form.status).toBe(400);
  });

  it('hides field suggestions (outside development)', async () => {
    const r = await gql(url, '{ organisations { name } }');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('turns introspection off when configured, and hides the schema in errors', async () => {
    const closed = await startServer(testSettings({ KG_INTROSPECTION: 'false', LOG_LEVEL: 'silent' }), api.db, {
      port: 0,
      logger: pino({ level: 'silent' }),
    });
    try {
      const r = await gql(closed.url, '{ __schema { types { name } } }');
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.message).toMatch(/introspection/i);
      expect((await gql(closed.url, '{ organizations(limit: 1) { id } }')).status).toBe(200);
    } finally {
      await closed.close();
    }
  });

  it('echoes a request id', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' },
      body: '{"query":"{ __typename }"}',
    });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });
});

describe('malformed requests', () => {
  const bodies: [string, string, Record<string, string>][] = [
    ['invalid JSON', '{"query": ', { 'content-type': 'application/json' }],
    ['empty body', '', { 'content-type': 'application/json' }],
    ['JSON array (batch)', '[{"query":"{ __typename }"}]', { 'content-type': 'application/json' }],
    ['JSON string', '"{ __typename }"', { 'content-type': 'application/json' }],
    ['null query', '{"query": null}', { 'content-type': 'application/json' }],
    ['numeric query', '{"query": 42}', { 'content-type': 'application/json' }],
    ['variables as string', '{"query": "{ __typename }", "variables": "x"}', { 'content-type': 'application/json' }],
    ['syntax error', '{"query": "{ organizations { "}', { 'content-type': 'application/json' }],
    ['unknown operation name', '{"query": "query A { __typename }", "operationName": "B"}', { 'content-type': 'application/json' }],
    [
      'wrong variable type',
      '{"query": "query($n: Int) { organizations(limit: $n) { name } }", "variables": {"n": "many"}}',
      { 'content-type': 'application/json' },
    ],
    ['no content type', '{"query": "{ __typename }"}', {}],
    ['form encoded', 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['binary', '\u0000\u0001\u0002\uffff', { 'content-type': 'application/json' }],
    ['bad Lucene', '{"query": "{ search(query: \\"AND OR (\\", mode: LUCENE) { score } }"}', { 'content-type': 'application/json' }],
    [
      'bad JSON scalar literal',
      '{"query": "mutation { correctNode(id: \\"x\\", set: 5) { node { id } } }"}',
      { 'content-type': 'application/json' },
    ],
  ];
  for (const [name, body, headers] of bodies) {
    it(`answers ${name} with a 4xx (or a 200 with errors), never a 5xx or a stack trace`, async () => {
      const res = await fetch(url, { method: 'POST', headers, body });
      expect(res.status, name).toBeLessThan(500);
      const text = await res.text();
      expect(text).not.toMatch(/\bat .+\.(js|ts):\d+|stacktrace|MATCH \(|CALL \{/);
    });
  }

  it('answers other methods and paths without a 5xx', async () => {
    for (const [method, path] of [
      ['PUT', '/graphql'],
      ['DELETE', '/graphql'],
      ['PATCH', '/graphql'],
      ['GET', '/nope.txt'],
      ['GET', '/graphiql/../../package.json'],
      ['GET', '/%E0%A4%A'],
    ]) {
      const res = await fetch(`${api.server.origin}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
    }
  });
});
