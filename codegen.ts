/**
 * Typed end to end (`npm run codegen`, run before typecheck and tests; CI runs it with
 * --check so stale output fails):
 *
 * 1. src/api/generated/resolvers-types.ts: resolver types for the custom queries and
 *    mutations, from schema/*.graphql as written (plus @neo4j/graphql's directive
 *    definitions so @node, @cypher… validate). The generated model's resolvers belong to
 *    @neo4j/graphql, so they are not typed here; this keeps the file small.
 * 2. web/src/generated/: the client preset for the viewer's documents (web/src/**\/*.graphql),
 *    checked against the full schema clients see (generated model + custom operations).
 *    No documents yet is fine (ignoreNoDocuments).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { neo4jDirectiveDefinitions, printAugmentedSchema } from './src/api/schema/neo4j-graphql.js';
import { schemaFiles } from './src/api/schema/type-defs.js';

const augmentedSchema = await printAugmentedSchema();

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  // ESM with explicit .js suffixes in generated imports (NodeNext resolution, like the rest of the project).
  emitLegacyCommonJSImports: false,
  generates: {
    'src/api/generated/resolvers-types.ts': {
      schema: [...schemaFiles(), neo4jDirectiveDefinitions()],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#ApiContext',
        scalars: { JSON: 'unknown', ID: 'string' },
        // Parents that are not the schema type: traceability's fields query on demand from the filter.
        mappers: { Traceability: '../resolvers/traceability.js#TraceabilityFilter' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
      },
    },
    'web/src/generated/': {
      schema: augmentedSchema,
      documents: ['web/src/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { JSON: 'unknown' } },
    },
  },
};

export default config;
