/**
 * While the database is known to be down (db-health.ts), operations that need it are
 * answered 503 DATABASE_UNAVAILABLE before execution instead of each waiting for the
 * driver to give up. Introspection needs no database and still works (GraphiQL stays usable).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { ApiContext } from '../context.js';
import type { DatabaseHealth } from '../db-health.js';
import { ErrorCode } from '../errors.js';

export const UNAVAILABLE_MESSAGE =
  'The graph database is not reachable right now. The API reconnects by itself: try again in a few seconds.';

export function databaseBreakerPlugin(health: DatabaseHealth): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!health.isDown || !operation || introspectionOnly(operation)) return;
          throw new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { code: ErrorCode.DatabaseUnavailable } });
        },
      };
    },
  };
}

function introspectionOnly(op: OperationDefinitionNode): boolean {
  return op.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value.startsWith('__'));
}
