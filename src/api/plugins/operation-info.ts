/** Records which operation a request ran, for the request's log line (http/handler.ts). */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.js';

export interface OperationInfo {
  operationName?: string | undefined;
  operationType?: string | undefined;
  errorCodes?: string[];
}

export function operationInfoPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          contextValue.operationInfo.operationName = operationName ?? undefined;
          contextValue.operationInfo.operationType = operation?.operation;
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            const codes = (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
            if (codes.length) contextValue.operationInfo.errorCodes = codes;
          }
        },
      };
    },
  };
}
