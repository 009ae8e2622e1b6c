/**
 * The errors clients may see, each with a stable `extensions.code`. Anything else is an
 * internal error and is masked (plugins/mask-errors.ts): clients never see a stack trace,
 * a Cypher text or a driver message.
 */
import { GraphQLError } from 'graphql';
import { isConnectionLost } from '../db/connection.js';

export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Unauthenticated: 'UNAUTHENTICATED',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  QueryTimeout: 'QUERY_TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** Codes whose messages were written for clients (ours and Apollo's own). */
export const CLIENT_SAFE_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.Internal),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, ...extra } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.Unauthenticated, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
  });
}

interface DriverErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

/**
 * The driver's way of saying "no database": it could not connect, lost the connection, or
 * waited too long for one from the pool. All clear up by themselves when the server is back
 * (the pool opens new connections), so the API answers 503 meanwhile and needs no restart.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as DriverErrorLike | null;
  return isConnectionLost(err) || e?.code === 'Neo.ClientError.Database.DatabaseNotFound' || e?.name === 'DatabaseUnavailableError';
}

/** Neo4j stopped the transaction at settings.txTimeoutMs. */
export function isQueryTimeout(err: unknown): boolean {
  const code = (err as DriverErrorLike | null)?.code;
  return typeof code === 'string' && /TransactionTimedOut|Transaction\.TransactionTimedOut/.test(code);
}

/** Walks `originalError` links (GraphQL wraps resolver errors) to the first cause. */
export function rootCause(err: unknown): unknown {
  let e = err as { originalError?: unknown } | null;
  for (let i = 0; i < 5 && e && typeof e === 'object' && e.originalError; i++) e = e.originalError as typeof e;
  return e;
}
