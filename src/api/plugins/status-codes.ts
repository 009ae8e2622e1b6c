/**
 * HTTP status beyond Apollo's own (400 for parse/validation, 401 for refused writes):
 * - the database down: 503 with Retry-After (clients and proxies know to retry), not a 200;
 * - a query that ran out of time and produced nothing: 504;
 * - an argument out of range (depth 9, first 5000…) that produced nothing: 400, like the
 *   other limits, since the request as sent can never succeed. These checks run before
 *   any Cypher is sent.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.js';
import { ErrorCode } from '../errors.js';

export const RETRY_AFTER_SECONDS = 5;

export function statusCodePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
          if (codes.includes(ErrorCode.DatabaseUnavailable)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          } else if (codes.includes(ErrorCode.QueryTimeout) && response.body.singleResult.data == null) {
            response.http.status = 504;
          } else if (
            codes.length > 0 &&
            codes.every((c) => c === ErrorCode.BadUserInput) &&
            nothingAnswered(response.body.singleResult.data)
          ) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}

/** No data at all, or every root field null: the request produced nothing. */
function nothingAnswered(data: Record<string, unknown> | null | undefined): boolean {
  return data == null || Object.values(data).every((v) => v === null);
}
