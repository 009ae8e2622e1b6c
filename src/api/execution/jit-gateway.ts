/**
 * Apollo Server's executor replaced by graphql-jit for queries: each document (Apollo keeps
 * one parsed and validated DocumentNode per query text, so the same object comes back for
 * the same query) is compiled once into a function that resolves and completes exactly the
 * fields it selects, instead of graphql-js walking the selection and checking each field's
 * type on every request. Resolvers are called as before, with the same arguments and an
 * `info` carrying what @neo4j/graphql and the translation cache read (fieldName, fieldNodes,
 * fragments, operation, variableValues, path, parentType, returnType, schema).
 *
 * Apollo's pipeline stays whole: parsing, validation (graphql-armor's limits), CSRF, plugins,
 * formatError. Only execution changes, and only for queries: mutations (curation, ingest)
 * and subscriptions go to graphql-js's execute as before. Variables are coerced first by
 * graphql-js, so a bad variable gives the very error (and 400/BAD_USER_INPUT) it gave before.
 *
 * Apollo takes a custom executor only from a "gateway" (the interface its federation gateway
 * implements): this one serves the one schema it is given, loaded once.
 */
import { execute, getOperationAST, getVariableValues, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';

type Gateway = NonNullable<Extract<ApolloServerOptions<BaseContext>, { gateway?: unknown }>['gateway']>;
type Compiled = CompiledQuery | ExecutionResult;

export interface JitGatewayStats {
  /** Documents compiled (one per distinct query text and operation name). */
  compiled: number;
  /** Requests executed by a compiled query. */
  jit: number;
  /** Requests executed by graphql-js (mutations, subscriptions). */
  graphqlJs: number;
}

export function jitGateway(schema: GraphQLSchema, stats: JitGatewayStats = { compiled: 0, jit: 0, graphqlJs: 0 }): Gateway {
  // Keyed by Apollo's cached DocumentNode: when Apollo's document cache drops a query, its
  // compiled form goes with it.
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiled = (document: DocumentNode, operationName: string | undefined): Compiled => {
    let byName = cache.get(document);
    if (!byName) cache.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let c = byName.get(key);
    if (!c) {
      c = compileQuery(schema, document, operationName);
      byName.set(key, c);
      stats.compiled++;
    }
    return c;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        executor: async (rc) => {
          const operationName = rc.request.operationName ?? undefined;
          const variables = rc.request.variables ?? {};
          const operation = rc.operation ?? getOperationAST(rc.document, operationName);
          if (operation?.operation !== 'query') {
            stats.graphqlJs++;
            return execute({ schema, document: rc.document, contextValue: rc.context, variableValues: variables, operationName });
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
          if (coerced.errors) return { errors: coerced.errors };
          const query = compiled(rc.document, operationName);
          if (!isCompiledQuery(query)) return query;
          stats.jit++;
          return query.query(undefined, rc.context, variables);
        },
      };
    },
    async stop() {},
  };
}
