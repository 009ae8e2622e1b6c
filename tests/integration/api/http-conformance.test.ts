/**
 * GraphQL over HTTP conformance: graphql-http's audit (the spec's own checks, as an
 * independent auditor would run them) against the real server on the seed. Every MUST
 * passes, and every SHOULD. The only checks that fail are three optional (MAY) GETs with no
 * CSRF-preflight header, which CSRF prevention refuses on purpose (see server.ts): such a GET
 * is what a cross-site page can send without asking. With the header, the same GETs work.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { auditServer, type AuditResult } from 'graphql-http';
import { startTestApi, type TestApi } from './support/api.js';

let api: TestApi;
let url: string;
let results: AuditResult[];

beforeAll(async () => {
  api = await startTestApi();
  url = api.server.url;
  results = await auditServer({ url });
});
afterAll(async () => api?.close());

const level = (r: AuditResult) => r.name.split(' ')[0] as 'MUST' | 'SHOULD' | 'MAY';
const failed = (lvl: string) => results.filter((r) => level(r) === lvl && r.status !== 'ok');
const describeFailure = (r: AuditResult) => (r.status === 'ok' ? r.name : `${r.id} ${r.name}: ${r.reason}`);

/** The optional GETs CSRF prevention refuses: no content-type, no preflight header. */
const CSRF_REFUSED_MAY = ['5A70', 'D6D5', '6A70'];

describe('GraphQL-over-HTTP audit (graphql-http)', () => {
  it('runs every audit and reports the outcome by requirement level', () => {
    expect(results.length).toBeGreaterThan(50);
    const summary = (['MUST', 'SHOULD', 'MAY'] as const).map((lvl) => {
      const all = results.filter((r) => level(r) === lvl);
      return `${lvl} ${all.length - failed(lvl).length}/${all.length}`;
    });
    console.info(`GraphQL-over-HTTP audit: ${summary.join(', ')}`);
    for (const r of [...failed('SHOULD'), ...failed('MAY')]) console.info(`  not met: ${describeFailure(r)}`);
  });

  it('passes every MUST', () => {
    expect(failed('MUST').map(describeFailure)).toEqual([]);
  });

  it('passes every SHOULD', () => {
    expect(failed('SHOULD').map(describeFailure)).toEqual([]);
  });

  it('fails only the optional GETs that CSRF prevention refuses', async () => {
    const may = failed('MAY');
    expect(may.map((r) => r.id).sort()).toEqual([...CSRF_REFUSED_MAY].sort());
    for (const r of may) {
      expect(r.status === 'ok' ? null : r.response.status).toBe(400);
      const body = (await (r.status === 'ok' ? null : r.response.clone().json())) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toMatch(/Cross-Site Request Forgery/);
    }
  });
});

describe('what the audit could not send', () => {
  const getUrl = (query: string, variables?: Record<string, unknown>) => {
    const u = new URL(url);
    u.searchParams.set('query', query);
    if (variables) u.searchParams.set('variables', JSON.stringify(variables));
    return u.toString();
  };

  it('answers the same GETs when they carry a preflight header, in either media type', async () => {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const res = await fetch(getUrl('query Type($name: String!) { __type(name: $name) { name } }', { name: 'Organization' }), {
        headers: { accept, 'apollo-require-preflight': 'true' },
      });
      expect(res.status, accept).toBe(200);
      expect(res.headers.get('content-type'), accept).toMatch(new RegExp(`^${accept.replace('+', '\\+')}`));
      expect(await res.json()).toEqual({ data: { __type: { name: 'Organization' } } });
    }
  });

  it('refuses a mutation over GET with 405, even past CSRF prevention', async () => {
    const res = await fetch(getUrl('mutation { __typename }'), {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('status codes by media type', () => {
  const post = (accept: string, body: unknown) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });

  const requestErrors: [string, unknown, string][] = [
    ['a parse failure', { query: '{' }, 'GRAPHQL_PARSE_FAILED'],
    ['a validation failure', { query: '{ noSuchField }' }, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable that does not coerce',
      { query: 'query($id: ID!) { node(id: $id) { node { id } } }', variables: { id: null } },
      'BAD_USER_INPUT',
    ],
  ];

  for (const [what, body, code] of requestErrors) {
    it(`answers ${what} with 400 and no data as application/graphql-response+json`, async () => {
      const res = await post('application/graphql-response+json', body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      const json = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(json).not.toHaveProperty('data');
      expect(json.errors[0]!.extensions.code).toBe(code);
    });

    it(`answers ${what} with 200 and the errors as application/json`, async () => {
      const res = await post('application/json', body);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const json = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(json).not.toHaveProperty('data');
      expect(json.errors[0]!.extensions.code).toBe(code);
    });
  }

  it('keeps 400 for a request refused by a limit, in either media type, naming the limit', async () => {
    const deep = `{ people { ${'represents { representatives { '.repeat(7)} name ${'} } '.repeat(7)} } }`;
    const manyTokens = `{ organizations { ${'name '.repeat(2100)} } }`;
    api.counter.reset();
    for (const accept of ['application/json', '*/*', 'application/graphql-response+json']) {
      for (const [query, limit] of [
        [deep, 'depth'],
        [manyTokens, 'tokens'],
      ]) {
        const res = await post(accept, { query });
        expect(res.status, `${limit} ${accept}`).toBe(400);
        const json = (await res.json()) as { errors: { extensions: { limit?: string } }[] };
        expect(json.errors.map((e) => e.extensions.limit)).toContain(limit);
      }
    }
    // Neither ever reached the database.
    expect(api.counter.queries).toEqual([]);
  });

  it('keeps 400 for a request that is not GraphQL (bad JSON), in either media type', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: '{ "not a JSON' });
      expect(res.status, accept).toBe(400);
    }
  });
});
