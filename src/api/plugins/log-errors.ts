/**
 * Internal errors are masked for clients (mask-errors.ts) and logged here whole, on the
 * request's own logger, so the request id in the client's response header finds them.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApiContext } from '../context.js';
import { rootCause } from '../errors.js';
import { classify } from './mask-errors.js';

export function logErrorsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const kind = classify(error, error.extensions?.code);
            if (kind === 'internal')
              contextValue.log.error({ err: rootCause(unwrapResolverError(error)), path: error.path }, 'internal error');
            else if (kind === 'unavailable') contextValue.log.warn({ path: error.path }, 'database unavailable');
          }
        },
      };
    },
  };
}
