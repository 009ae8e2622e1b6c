/**
 * One @neo4j/graphql instance per server: the schema files plus the custom resolvers, with
 * the generated part trimmed to what researchers use. Kept apart from the server so codegen
 * (codegen.ts) can print the same augmented schema without a database.
 */
import { Neo4jGraphQL, directives as neo4jDirectives, type Neo4jGraphQLConstructor } from '@neo4j/graphql';
import { GraphQLSchema, Kind, parse, printSchema, type GraphQLDirective } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadTypeDefs } from './type-defs.js';
import { JSONScalar } from '../resolvers/json-scalar.js';
import { enumResolvers } from './enum-values.js';
import { describeGenerated } from './describe-generated.js';

export interface BuildOptions {
  driver?: Driver;
  resolvers?: Neo4jGraphQLConstructor['resolvers'];
}

export function createNeo4jGraphQL(opts: BuildOptions = {}): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    resolvers: [{ JSON: JSONScalar }, enumResolvers(), ...asList(opts.resolvers)],
    ...(opts.driver ? { driver: opts.driver } : {}),
    features: {
      // The deprecated spellings (name_CONTAINS…) double the schema for nothing new; v7's
      // nested filters (name: { contains: … }) say the same.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
}

/**
 * The schema clients see: the generated model and the custom operations, every entry
 * described (the generated ones from what they derive from: describe-generated.ts).
 */
export async function buildSchema(opts: BuildOptions = {}): Promise<GraphQLSchema> {
  const schema = await createNeo4jGraphQL(opts).getSchema();
  return describeGenerated(schema, writtenTypeNames());
}

/** The names of the types written in schema/*.graphql. */
export function writtenTypeNames(): string[] {
  return parse(loadTypeDefs()).definitions.flatMap((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION || d.kind === Kind.UNION_TYPE_DEFINITION
      ? [d.name.value]
      : [],
  );
}

/** The full schema clients see (generated model + custom operations), as SDL. */
export async function printAugmentedSchema(): Promise<string> {
  return printSchema(await buildSchema());
}

/**
 * @neo4j/graphql's directive definitions as SDL, so tools that read schema/*.graphql
 * directly (codegen for the custom resolvers) can validate @node, @relationship, @cypher…
 */
export function neo4jDirectiveDefinitions(): string {
  const defs = Object.values(neo4jDirectives).filter((d): d is GraphQLDirective => typeof d === 'object' && d !== null && 'locations' in d);
  return printSchema(new GraphQLSchema({ directives: defs }));
}

function asList<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
