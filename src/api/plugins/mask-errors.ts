/**
 * What an error may tell a client. Errors written for clients (ours, Apollo's parse and
 * validation errors, @neo4j/graphql's input errors) pass; a database that is down or a
 * query that ran out of time get a clear code and message; anything else is logged whole
 * with the request id and answered "Internal server error": never a stack trace, a Cypher
 * text or a driver message.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { DatabaseHealth } from '../db-health.js';
import { UNAVAILABLE_MESSAGE } from './database-breaker.js';
import type { LimitName } from '../security/limits.js';
import { CLIENT_SAFE_CODES, ErrorCode, isDatabaseUnavailable, isQueryTimeout, rootCause } from '../errors.js';

export type ErrorClass = 'unavailable' | 'timeout' | 'client' | 'neo4j-graphql-input' | 'internal';

/** Which kind of failure an error is; the same answer for masking and for logging. */
export function classify(error: unknown, code: unknown): ErrorClass {
  const cause = rootCause(unwrapResolverError(error));
  if (isDatabaseUnavailable(cause)) return 'unavailable';
  if (isQueryTimeout(cause)) return 'timeout';
  if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code) && !isDriverError(cause)) return 'client';
  if (isNeo4jGraphQLInputError(cause)) return 'neo4j-graphql-input';
  return 'internal';
}

export function createFormatError(txTimeoutMs: number, health: DatabaseHealth) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const kind = classify(error, formatted.extensions?.code);
    const where = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (kind === 'unavailable') {
      health.markDown();
      return {
        message: UNAVAILABLE_MESSAGE,
        ...where,
        extensions: { code: ErrorCode.DatabaseUnavailable },
      };
    }
    if (kind === 'timeout') {
      return {
        message: `The query ran longer than the ${txTimeoutMs} ms the server allows; ask for less (a smaller limit, depth or page).`,
        ...where,
        extensions: { code: ErrorCode.QueryTimeout },
      };
    }
    if (kind === 'client') {
      return {
        message: formatted.message,
        ...where,
        extensions: { code: formatted.extensions!.code, ...safeExtras(formatted.extensions), ...tokenLimit(formatted) },
      };
    }
    if (kind === 'neo4j-graphql-input') {
      return { message: formatted.message, ...where, extensions: { code: ErrorCode.BadUserInput } };
    }
    // Logged whole, with the request id, by plugins/log-errors.ts.
    return { message: 'Internal server error', ...where, extensions: { code: ErrorCode.Internal } };
  };
}

/** Extensions our errors add for clients (which argument, the range, which limit); never `exception`/`stacktrace`. */
function safeExtras(ext: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!ext) return {};
  const out: Record<string, unknown> = {};
  for (const k of ['argument', 'min', 'max', 'limit']) if (k in ext) out[k] = ext[k];
  return out;
}

/**
 * The token limit is graphql-js's own (parseOptions.maxTokens): its parse error is known by
 * its message only (graphql-js 16 writes "more that"). Tagged like armor's limits
 * (security/armor.ts) so it is told apart from a syntax error.
 */
function tokenLimit(formatted: GraphQLFormattedError): { limit?: LimitName } {
  return formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more (?:that|than) \d+ tokens/.test(formatted.message)
    ? { limit: 'tokens' }
    : {};
}

function isDriverError(e: unknown): boolean {
  return (e as { name?: string } | null)?.name === 'Neo4jError';
}

/** @neo4j/graphql's own errors describe the request (a bad cursor, an invalid filter). */
function isNeo4jGraphQLInputError(e: unknown): boolean {
  const name = (e as { constructor?: { name?: string } } | null)?.constructor?.name ?? '';
  return /^Neo4jGraphQL\w*Error$/.test(name);
}
