/**
 * Reads are public; writes need an editor key. Checked once the operation is known and
 * before execution, so a refused mutation runs no resolver and sends no Cypher. An
 * invalid key is refused earlier, when the context is built (server.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.js';
import { unauthenticated } from '../errors.js';

export function requireEditorPlugin(keysConfigured: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || contextValue.editor) return;
          throw unauthenticated(
            keysConfigured
              ? 'Writes need an editor API key: send `Authorization: Bearer <key>` or `x-api-key: <key>`.'
              : 'Writes are disabled on this server: no editor API keys are configured (KG_EDITOR_KEYS).',
          );
        },
      };
    },
  };
}
