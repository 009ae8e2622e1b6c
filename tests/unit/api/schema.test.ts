import { describe, it, expect } from 'vitest';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { createNeo4jGraphQL } from '../../../src/api/schema/neo4j-graphql.js';
import { EXAMPLES } from '../../../src/api/graphiql/examples.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../src/graph/model.js';

let schema: GraphQLSchema;
async function getSchema(): Promise<GraphQLSchema> {
  schema ??= await createNeo4jGraphQL().getSchema();
  return schema;
}

describe('the GraphQL schema', () => {
  it('validates every GraphiQL example query', async () => {
    const s = await getSchema();
    for (const e of EXAMPLES) {
      const errors = validate(s, parse(e.query));
      expect(errors.map((x) => `${e.title}: ${x.message}`)).toEqual([]);
    }
  });

  it('is read-only for the public: the only mutations are the curated ones', async () => {
    const fields = Object.keys((await getSchema()).getMutationType()!.getFields()).sort();
    expect(fields).toEqual(['correctNode', 'diffDocument', 'ingestDocument', 'mergeOrganizations', 'removeFact', 'undo']);
  });

  it('gives every node type list, connection (totalCount, cursors, aggregate) and filters', async () => {
    const s = await getSchema();
    const query = s.getQueryType()!.getFields();
    for (const name of [
      'organizations',
      'organizationsConnection',
      'people',
      'statements',
      'observations',
      'paragraphs',
      'migrationDrivers',
    ]) {
      expect(query[name], name).toBeDefined();
    }
    const connection = s.getType('OrganizationsConnection') as unknown as { getFields(): Record<string, unknown> };
    expect(Object.keys(connection.getFields())).toEqual(expect.arrayContaining(['totalCount', 'pageInfo', 'edges', 'aggregate']));
  });

  it('keeps its enums in step with the graph model', async () => {
    const s = await getSchema();
    const values = (name: string) => (s.getType(name) as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name);
    expect(values('NodeLabel').sort()).toEqual([...NODE_LABELS].sort());
    expect(values('RelationshipType').sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });
});
