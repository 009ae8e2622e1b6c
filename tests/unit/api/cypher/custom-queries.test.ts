/**
 * GraphQL in, Cypher out, no server (the layer @neo4j/graphql's own "tck" tests are): each
 * custom query is run through the real schema and resolvers with a database that only
 * records what it is sent. The Cypher text is kept beside this file (`<case>.cypher`), so a
 * changed query shows up as a diff in review and each query is documented by an example;
 * the parameters are written out here from the GraphQL arguments and the schema's defaults.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { graphql, type GraphQLSchema } from 'graphql';
import { createNeo4jGraphQL } from '../../../../src/api/schema/neo4j-graphql.js';
import { resolvers } from '../../../../src/api/resolvers/index.js';
import type { Database } from '../../../../src/db/connection.js';
import { citation } from '../../../../src/api/cypher/projection.js';

interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * @neo4j/graphql wants a driver, session or transaction in every request's context, and asks
 * it the server's version once; this transaction answers that and records anything else.
 */
export function recordingTransaction(sent: Sent[]) {
  return {
    run: async (cypher: string, params: Record<string, unknown>) => {
      if (/dbms\.components/.test(cypher)) return { records: [['5.26.0', 'community']] };
      sent.push({ cypher, params });
      return { records: [], summary: { counters: { updates: () => ({}) } } };
    },
  };
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createNeo4jGraphQL({ resolvers }).getSchema();
});

/** Runs `source` and returns every query the resolvers sent, in order. */
async function cypherFor(source: string, variables: Record<string, unknown> = {}): Promise<Sent[]> {
  const sent: Sent[] = [];
  const db = {
    query: async (cypher: string, params: Record<string, unknown> = {}) => {
      sent.push({ cypher, params });
      return [];
    },
  } as unknown as Database;
  const result = await graphql({
    schema,
    source,
    variableValues: variables,
    contextValue: { services: { db }, editor: null, executionContext: recordingTransaction(sent) },
  });
  expect(result.errors ?? []).toEqual([]);
  return sent;
}

/** Neo4j integers travel as { low, high }; the resolvers send them so the database never sees a float. */
const int = (n: number) => expect.objectContaining({ low: n, high: 0 });

const file = (name: string) => `./${name}.cypher`;

describe('search', () => {
  it('escapes words, asks each index for three times the page, and filters labels after', async () => {
    const [q, ...more] = await cypherFor(`{ search(query: "smugglers AND (corruption") { score } }`);
    expect(more).toEqual([]);
    // WORDS (the default): Lucene's operators and brackets are escaped; first defaults to 20.
    expect(q!.params).toEqual({ query: expect.stringContaining('corruption'), types: null, first: int(20), fetch: int(60) });
    expect(q!.params.query).not.toMatch(/(^|[^\\])\(/);
    await expect(q!.cypher).toMatchFileSnapshot(file('search-all-indexes'));
  });

  it('queries only the indexes of the labels asked for', async () => {
    const [q] = await cypherFor(`{ search(query: "MMC", types: [Organization], first: 5, mode: PHRASE) { score } }`);
    expect(q!.params).toMatchObject({ types: ['Organization'], first: int(5), fetch: int(15) });
    await expect(q!.cypher).toMatchFileSnapshot(file('search-organizations'));
  });
});

describe('node, neighbourhood, shortestPath', () => {
  it('node: one query for the node, its evidence and its relationships', async () => {
    const sent = await cypherFor(`{ node(id: "org:mmc") { node { id } } }`);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params).toEqual({ id: 'org:mmc', edgeLimit: int(50), evidenceLimit: int(100) });
    await expect(sent[0]!.cypher).toMatchFileSnapshot(file('node'));
  });

  it('neighbourhood: the relationship types to follow are a parameter, document navigation left out by default', async () => {
    const [q] = await cypherFor(`{ neighbourhood(id: "org:mmc", depth: 2) { truncated } }`);
    expect(q!.params).toMatchObject({ id: 'org:mmc', depth: int(2), limit: int(100) });
    const followed = String(q!.params.relationshipFilter).split('|');
    expect(followed).toEqual(expect.arrayContaining(['MADE_BY', 'MENTIONS', 'DRAWS_ON']));
    expect(followed).not.toContain('NEXT');
    expect(followed).not.toContain('HAS_PARAGRAPH');
    await expect(q!.cypher).toMatchFileSnapshot(file('neighbourhood'));
  });

  it('neighbourhood via: only the types named', async () => {
    const [q] = await cypherFor(`{ neighbourhood(id: "org:mmc", via: [REPRESENTS, MADE_BY]) { truncated } }`);
    expect(String(q!.params.relationshipFilter).split('|').sort()).toEqual(['MADE_BY', 'REPRESENTS']);
  });

  it('shortestPath: the ids are parameters, the hop bound is in the text (Cypher cannot take it as a parameter)', async () => {
    const [q] = await cypherFor(`{ shortestPath(from: "org:a", to: "obs:b", maxLength: 4) { truncated } }`);
    expect(q!.params).toEqual({ from: 'org:a', to: 'obs:b' });
    expect(q!.cypher).toMatch(/\*\.\.4\]/);
    await expect(q!.cypher).toMatchFileSnapshot(file('shortest-path'));
  });

  it('shortestPath via: one search over the types named', async () => {
    const [q] = await cypherFor(`{ shortestPath(from: "org:a", to: "obs:b", via: [DRAWS_ON]) { truncated } }`);
    await expect(q!.cypher).toMatchFileSnapshot(file('shortest-path-via'));
  });
});

describe('engagement matrices, drivers, traceability', () => {
  it('engagementByTopic: the document filter is a parameter (null for every document)', async () => {
    const [all] = await cypherFor(`{ engagementByTopic { totalStatements } }`);
    const [one] = await cypherFor(`{ engagementByTopic(documentId: "doc:x") { totalStatements } }`);
    expect(all!.params).toEqual({ documentId: null });
    expect(one!.params).toEqual({ documentId: 'doc:x' });
    expect(one!.cypher).toBe(all!.cypher);
    await expect(all!.cypher).toMatchFileSnapshot(file('engagement-by-topic'));
  });

  it('engagementByMeeting and engagementByKindAndAgendaItem', async () => {
    const [meeting] = await cypherFor(`{ engagementByMeeting { totalStatements } }`);
    const [kind] = await cypherFor(`{ engagementByKindAndAgendaItem(includeUnattributed: true) { totalStatements } }`);
    expect(kind!.params).toEqual({ documentId: null, includeUnattributed: true });
    await expect(meeting!.cypher).toMatchFileSnapshot(file('engagement-by-meeting'));
    await expect(kind!.cypher).toMatchFileSnapshot(file('engagement-by-kind-and-agenda-item'));
  });

  it('driversOfMigration', async () => {
    const [q] = await cypherFor(`{ driversOfMigration(documentId: "doc:x") { rank } }`);
    expect(q!.params).toEqual({ documentId: 'doc:x' });
    await expect(q!.cypher).toMatchFileSnapshot(file('drivers-of-migration'));
  });

  it('traceability: one query per selected field, none for a field not asked for', async () => {
    expect(await cypherFor(`{ traceability { __typename } }`)).toEqual([]);
    const sent = await cypherFor(`{ traceability(minScore: 0.2) { observations { id } untakenInputs { id } } }`);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.params).toEqual({ documentId: null, minScore: 0.2 });
    // Stakeholders' statements: what panellists, participants, States and organizations said.
    expect(sent[1]!.params).toMatchObject({ documentId: null, minScore: 0.2, stakeholderKinds: expect.arrayContaining(['panellist']) });
    await expect(sent[0]!.cypher).toMatchFileSnapshot(file('traceability-observations'));
    await expect(sent[1]!.cypher).toMatchFileSnapshot(file('traceability-untaken-inputs'));
  });
});

describe('every custom query is parameterised', () => {
  it('no argument value reaches the Cypher text', async () => {
    const marker = 'zz-marker-9f3';
    const sent = [
      ...(await cypherFor(`query($m: String!) { search(query: $m) { score } }`, { m: marker })),
      ...(await cypherFor(`query($m: ID!) { node(id: $m) { evidence { text } } }`, { m: marker })),
      ...(await cypherFor(`query($m: ID!) { neighbourhood(id: $m) { truncated } }`, { m: marker })),
      ...(await cypherFor(`query($m: ID!) { shortestPath(from: $m, to: "x") { truncated } }`, { m: marker })),
      ...(await cypherFor(`query($m: ID!) { driversOfMigration(documentId: $m) { rank } }`, { m: marker })),
      ...(await cypherFor(`query($m: ID!) { engagementByTopic(documentId: $m) { totalStatements } }`, { m: marker })),
      ...(await cypherFor(`query($m: ID!) { traceability(documentId: $m) { observations { id } } }`, { m: marker })),
    ];
    expect(sent).toHaveLength(7);
    for (const s of sent) expect(s.cypher).not.toContain(marker);
  });
});

describe("the generated model's citations", () => {
  it('use the one Citation projection the custom queries use', async () => {
    const sent = await cypherFor(
      `{ statements(limit: 1) { citations { citation quote } } organizations(limit: 1) { citations(limit: 3) { citation } } }`,
    );
    const cypher = sent.map((s) => s.cypher).join('\n');
    // The @cypher statements say `RETURN CITATION(p, e.quote)`; loading the schema expands it.
    expect(cypher).not.toMatch(/CITATION\(/);
    expect(cypher).toContain(citation('p', 'e.quote'));
    expect(cypher).toContain(citation('p', 'null'));
    await expect(cypher).toMatchFileSnapshot(file('generated-citations'));
  });
});

describe('@limit on the generated model', () => {
  const limitOf = (s: Sent) => {
    const name = /LIMIT \$(\w+)/.exec(s.cypher)?.[1];
    return name ? s.params[name] : undefined;
  };

  it('caps a request for more paragraphs than the ceiling at the ceiling (Paragraph: max 1000)', async () => {
    const [q] = await cypherFor(`{ paragraphs(limit: 5000) { number } }`);
    expect(limitOf(q!)).toEqual(int(1000));
  });

  it('gives a page of the default size when no limit is asked (Paragraph: 100; Organization: 50)', async () => {
    const [p] = await cypherFor(`{ paragraphs { number } }`);
    expect(limitOf(p!)).toEqual(int(100));
    const [o] = await cypherFor(`{ organizations { name } }`);
    expect(limitOf(o!)).toEqual(int(50));
  });

  it('caps nested lists too', async () => {
    const [q] = await cypherFor(`{ documents { paragraphs(limit: 5000) { number } } }`);
    const limits = [...q!.cypher.matchAll(/LIMIT \$(\w+)/g)].map((m) => q!.params[m[1]!]);
    expect(limits).toContainEqual(int(1000));
  });
});
