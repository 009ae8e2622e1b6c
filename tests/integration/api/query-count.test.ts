/**
 * One Cypher query per generated operation, whatever it nests (relationships, connections,
 * aggregates, @cypher citations); one per custom query; never one per row (no N+1).
 * Counted on the driver the API is given (support/counting-driver.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestApi, data, DOC, type TestApi } from './support/api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  // @neo4j/graphql asks the server for its version once, on its first request.
  await data(api.server.url, '{ organizations(limit: 1) { id } }');
});
afterAll(async () => api?.close());

async function count(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  api.counter.reset();
  await data(api.server.url, query, variables);
  return api.counter.count;
}

describe('Cypher queries per GraphQL operation', () => {
  const generated: [string, string][] = [
    [
      'a list with nested relationships and citations',
      `{ people { name represents { name statements { text } } spokeOn { name topics { name } } citations { citation } } }`,
    ],
    [
      'a connection with totalCount, cursors, aggregates and edge properties',
      `{ statementsConnection(first: 5, sort: [{ id: ASC }]) { totalCount pageInfo { endCursor hasNextPage } aggregate { count { nodes } }
         edges { cursor node { text evidenceConnection { edges { properties { quote } node { citation } } } madeBy { ... on Person { name } ... on Organization { name } } } } } }`,
    ],
    [
      'a filter across relationships and unions',
      `{ observations(where: { mentions: { some: { Concept: { name: { contains: "liability" } } } } }) { number drawsOn { text citations { citation } } } }`,
    ],
    [
      'every statement with its citations (a would-be N+1)',
      `{ statements(limit: 500) { text citations { citation quote } evidence { number document { name } } } }`,
    ],
  ];
  for (const [name, query] of generated) {
    it(`sends one query for ${name}`, async () => {
      expect(await count(query)).toBe(1);
    });
  }

  it('sends one query per generated root field', async () => {
    expect(await count(`{ a: organizations { name } b: people { name } c: statistics { value } }`)).toBe(3);
  });

  const custom: [string, string, Record<string, unknown>][] = [
    ['search', `query($q: String!) { search(query: $q) { score snippet node { id } citation { citation } } }`, { q: 'smugglers' }],
    [
      'node',
      `query($id: ID!) { node(id: $id) { node { id } evidence { citation } neighbours { nodes { id } edges { evidence { citation } } } } }`,
      { id: `${DOC}/para:22` },
    ],
    [
      'neighbourhood',
      `query($id: ID!) { neighbourhood(id: $id, depth: 3, limit: 500) { nodes { id } edges { evidence { citation } } } }`,
      { id: `${DOC}/para:22` },
    ],
    [
      'shortestPath (found over what was said)',
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { nodes { id } edges { evidence { citation } } } }`,
      { from: 'org:mixed-migration-centre', to: `${DOC}/obs:40` },
    ],
    [
      'shortestPath (falling back to the meeting hub)',
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { nodes { id } edges { type } } }`,
      { from: 'org:mixed-migration-centre', to: `${DOC}/meeting` },
    ],
    ['engagementByTopic', `{ engagementByTopic { cells { count statements { citation { citation } } } } }`, {}],
    ['engagementByMeeting', `{ engagementByMeeting { cells { count } } }`, {}],
    ['engagementByKindAndAgendaItem', `{ engagementByKindAndAgendaItem(includeUnattributed: true) { cells { count } } }`, {}],
    ['driversOfMigration', `{ driversOfMigration { rank raisedIn { speakers citation { citation } } citations { citation } } }`, {}],
    ['traceability (observations only)', `{ traceability { observations { drawsOn { statement { citation { citation } } } } } }`, {}],
  ];
  for (const [name, query, variables] of custom) {
    it(`sends one query for ${name}, whatever the size of the answer`, async () => {
      expect(await count(query, variables)).toBe(1);
    });
  }

  it('runs every query, generated or custom, as one auto-commit read with the configured timeout and the request id', async () => {
    api.counter.reset();
    await data(api.server.url, `{ organizations { name citations { citation } } }`);
    await data(api.server.url, `{ search(query: "smugglers") { score } }`);
    expect(api.counter.modes).toEqual(['auto-commit', 'auto-commit']);
    expect(api.counter.transactionConfigs.length).toBe(2);
    for (const config of api.counter.transactionConfigs) expect(config).toMatchObject({ timeout: 15_000 });
    // The generated query keeps the request's metadata, as its managed transaction did.
    expect(api.counter.transactionConfigs[0]).toMatchObject({ metadata: { app: 'kg-api', requestId: expect.any(String) } });
  });

  it('sends one query per selected traceability field (two fields, two queries)', async () => {
    expect(await count(`{ traceability { observations { id } untakenInputs { id } } }`)).toBe(2);
  });
});
