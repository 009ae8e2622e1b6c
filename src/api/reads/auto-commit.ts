/**
 * The generated Query fields (people, observations, organizationsConnection…) run their one
 * Cypher query as an auto-commit read (src/db/auto-commit-read.ts): one round trip to Neo4j
 * instead of a managed transaction's two, as the custom operations' `db.query` does.
 *
 * @neo4j/graphql runs its query through `context.executionContext`: a driver (it opens a
 * session and a managed transaction), a session, or else anything with `run(query, params)`,
 * which it treats as an open transaction (dist/classes/Executor.js). Each generated Query
 * field gets such a runner in its context; mutations keep the driver and their managed write
 * transaction. The runner carries what the managed transaction carried: the timeout, the
 * request's metadata, the database and the driver's bookmark manager.
 */
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { QueryResult } from 'neo4j-driver';
import { autoCommitRead } from '../../db/auto-commit-read.js';
import { MAX_RETRY_TIME_MS } from '../../db/connection.js';
import type { ApiContext } from '../context.js';

type Resolver = GraphQLFieldResolver<unknown, ApiContext>;

/** What @neo4j/graphql's Executor calls on an execution context that is neither driver nor session. */
export interface QueryRunner {
  run(query: string, params: Record<string, unknown>): Promise<QueryResult>;
}

/** A runner for one request: each `run` is an auto-commit read with the request's transaction settings. */
export function autoCommitRunner(ctx: ApiContext): QueryRunner {
  const { driver } = ctx.services.db;
  const txConfig = {
    ...(ctx.transaction?.timeout !== undefined ? { timeout: ctx.transaction.timeout } : {}),
    metadata: { ...ctx.transaction?.metadata, type: 'user-transpiled' },
  };
  return {
    run: (query, params) =>
      autoCommitRead(driver, query, params, {
        sessionConfig: ctx.sessionConfig ?? {},
        txConfig,
        bookmarkManager: driver.executeQueryBookmarkManager,
        maxRetryTimeMs: MAX_RETRY_TIME_MS,
      }),
  };
}

/** Wraps each generated Query field's resolver to read in auto-commit; returns the fields wrapped. */
export function readGeneratedQueriesInAutoCommit(schema: GraphQLSchema, customFields: Iterable<string>): string[] {
  const custom = new Set(customFields);
  const wrapped: string[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (custom.has(field.name) || field.name.startsWith('__') || !field.resolve) continue;
    const resolve = field.resolve as Resolver;
    const wrappedResolve: Resolver = (root, args, ctx, info) =>
      resolve(root, args, { ...ctx, executionContext: autoCommitRunner(ctx) as never }, info);
    field.resolve = wrappedResolve as typeof field.resolve;
    wrapped.push(field.name);
  }
  return wrapped;
}
