/**
 * The fuzzer's fixed set: hand-made hostile requests, each with the status it must get.
 * They go past what the generated operations reach: the HTTP layer (body size, content
 * types, methods, CSRF), the limits (depth, aliases, tokens), and pathological variables.
 */
export interface RawRequest {
  name: string;
  method: string;
  url?: string;
  headers: Record<string, string>;
  body?: string;
  /** Acceptable statuses. */
  expect: number[];
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
const MUTATION = 'mutation { removeFact(id: "org:mixed-migration-centre") { audit { id } } }';

export function fixedRequests(url: string): RawRequest[] {
  const post = (name: string, body: string, expect: number[], headers: Record<string, string> = {}): RawRequest => ({
    name,
    method: 'POST',
    url,
    headers: { ...JSON_HEADERS, ...headers },
    body,
    expect,
  });
  const query = (q: string, variables?: unknown) => JSON.stringify({ query: q, ...(variables !== undefined ? { variables } : {}) });
  const get = (name: string, params: Record<string, string>, headers: Record<string, string>, expect: number[]): RawRequest => ({
    name,
    method: 'GET',
    url: `${url}?${new URLSearchParams(params).toString()}`,
    headers,
    expect,
  });
  const deepWhere = (n: number) => '{"AND":['.repeat(n) + '{}' + ']}'.repeat(n);
  return [
    // Size
    post('oversized body (6 MB)', query(`{ __typename } # ${'x'.repeat(6 * 1024 * 1024)}`), [413]),
    post('oversized body of whitespace (10 MB)', `{"query": "{ __typename }"${' '.repeat(10 * 1024 * 1024)}}`, [413]),
    // Node's own HTTP parser refuses a request line over its 16 kB header limit (431) before the handler's 414 can.
    {
      name: 'URL over the limit (17 kB)',
      method: 'GET',
      url: `${url}?query=${'%20'.repeat(5700)}{__typename}`,
      headers: { 'apollo-require-preflight': '1' },
      expect: [414, 431],
    },
    // Shape of the operation
    post(
      'deeply nested selection (depth 40)',
      query(`{ people { ${'represents { representatives { '.repeat(20)} name ${'} } '.repeat(20)} } }`),
      [400],
    ),
    post('1,000 aliases', query(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`), [400]),
    post(
      '15 aliases of a costly field (over the cost limit)',
      query(
        `{ ${Array.from({ length: 15 }, (_, i) => `o${i}: organizations { name acronym kind location aliases representatives { name personName honorific pronoun roles position statements { paragraphNumber text speakerKind quantifier speakerSurface evidence { text citation number order document { name title } } mentions { ... on Concept { name prefLabel } } } } }`).join(' ')} }`,
      ),
      [400],
    ),
    post('3,000 directives', query(`{ __typename ${'@include(if: true) '.repeat(3000)} }`), [400]),
    post('fragment cycle', query('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), [200, 400]),
    post(
      '10,000 nested list brackets in an argument',
      query(`{ search(query: "x", types: ${'['.repeat(10_000)}${']'.repeat(10_000)}) { score } }`),
      [200, 400],
    ),
    post('unknown operation name', JSON.stringify({ query: '{ __typename }', operationName: 'Nope' }), [200, 400]),
    post('two operations, no name', query('query A { __typename } query B { __typename }'), [200, 400]),
    // Pathological variables
    post(
      'filter nested 100,000 levels deep (variables)',
      `{"query": "query($w: PersonWhere) { people(where: $w) { name } }", "variables": {"w": ${deepWhere(100_000)}}}`,
      [200, 400],
    ),
    post(
      'filter nested 30 levels deep (inline)',
      query(`{ people(where: ${deepWhere(30).replace(/"AND"/g, 'AND')}) { name } }`),
      [200, 400],
    ),
    post(
      'list variable nested 1,000,000 levels',
      `{"query": "query($t: [NodeLabel!]) { search(query: \\"x\\", types: $t) { score } }", "variables": {"t": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}}`,
      [200, 400],
    ),
    post('variables of the wrong type', query('query($q: String!) { search(query: $q) { score } }', { q: { $gt: '' } }), [200, 400]),
    post(
      'prototype pollution keys',
      `{"query": "{ __typename }", "__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "variables": {"__proto__": {"a": 1}}}`,
      [200],
    ),
    post('Lucene syntax error in LUCENE mode', query('{ search(query: "((( AND OR ~~ [x TO", mode: LUCENE) { score } }'), [200, 400]),
    post('Lucene wildcard flood', query('{ search(query: "*a* *e* *i* ?", mode: LUCENE) { score } }'), [200, 400]),
    post('neighbourhood out of range', query('{ neighbourhood(id: "x", depth: 99, limit: 100000) { nodes { id } } }'), [400]),
    post(
      'persisted query hash unknown',
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
      [200, 400],
    ),
    // Body and content type
    post('batched array', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), [400]),
    post('invalid JSON', '{"query": "{ __typename }"', [400]),
    post('empty body', '', [400]),
    post('JSON null', 'null', [400]),
    post('text/plain body (a cross-site form can send it)', query('{ __typename }'), [400], { 'content-type': 'text/plain' }),
    post('form-urlencoded body', 'query=%7B__typename%7D', [400], { 'content-type': 'application/x-www-form-urlencoded' }),
    post('multipart body', '--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--b--', [400], {
      'content-type': 'multipart/form-data; boundary=b',
    }),
    { name: 'no content type', method: 'POST', url, headers: {}, body: query('{ __typename }'), expect: [400] },
    post('charset utf-16 declared', query('{ __typename }'), [200, 400, 415], { 'content-type': 'application/json; charset=utf-16' }),
    post('accepts only text/html', query('{ __typename }'), [200, 406], { accept: 'text/html' }),
    post('request id header of garbage', query('{ __typename }'), [200], { 'x-request-id': '\u00ff'.repeat(10) + '<script>' }),
    // Methods and CSRF
    get('GET without a preflight header (CSRF)', { query: '{ __typename }' }, {}, [400]),
    get('GET with a preflight header', { query: '{ __typename }' }, { 'apollo-require-preflight': '1' }, [200]),
    get('GET with a mutation', { query: MUTATION }, { 'apollo-require-preflight': '1' }, [405]),
    { name: 'PUT', method: 'PUT', url, headers: JSON_HEADERS, body: query('{ __typename }'), expect: [400, 404, 405] },
    { name: 'DELETE', method: 'DELETE', url, headers: JSON_HEADERS, expect: [400, 404, 405] },
    // Writes without an editor key
    post('mutation without a key', query(MUTATION), [401]),
    post('mutation with a wrong key', query(MUTATION), [401], { authorization: 'Bearer wrong-key' }),
    post('mutation with a wrong x-api-key', query(MUTATION), [401], { 'x-api-key': 'wrong-key' }),
    post('ingestDocument without a key', query('mutation { ingestDocument(filename: "x.md", text: "1. Hello") { status } }'), [401]),
    post(
      'mutation hidden behind an operation name',
      JSON.stringify({ query: `query Q { __typename } ${MUTATION.replace('mutation', 'mutation M')}`, operationName: 'M' }),
      [401],
    ),
    post(
      'correctNode with a 100,000-level JSON value',
      `{"query": "mutation($s: JSON!) { correctNode(id: \\"org:x\\", set: $s) { audit { id } } }", "variables": {"s": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`,
      [400, 401],
    ),
  ];
}
