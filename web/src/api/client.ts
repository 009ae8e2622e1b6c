/**
 * POSTs GraphQL operations to the server that served the page. Every failure becomes an
 * ApiError whose `kind` tells the UI what to say: the server could not be reached (offer a
 * retry) or it answered with an error (show its message).
 */
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** Generated documents are AST objects (documentMode: documentNode) or strings (documentMode: string). */
export type Operation<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> | (string & { __apiType?: (v: TVariables) => TResult });

export type ApiErrorKind = 'unreachable' | 'server' | 'aborted';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
  ) {
    super(message);
  }
}

const REQUEST_TIMEOUT_MS = 20_000;
const printed = new WeakMap<DocumentNode, string>();

function queryText(doc: Operation<unknown, unknown>): string {
  if (typeof doc === 'string' || doc instanceof String) return String(doc);
  let text = printed.get(doc);
  if (text === undefined) {
    text = print(doc);
    printed.set(doc, text);
  }
  return text;
}

/** The endpoint sits next to the page, so a viewer mounted under a path prefix still finds it. */
export function endpointUrl(): string {
  return new URL('graphql', new URL('.', window.location.href)).toString();
}

export async function request<TResult, TVariables>(
  doc: Operation<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(endpointUrl(), {
      method: 'POST',
      // application/json is not a "simple" content type, which is what the server's CSRF
      // prevention asks of browsers.
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: queryText(doc as Operation<unknown, unknown>), variables }),
      signal: combined,
    });
  } catch (err) {
    if (signal?.aborted) throw new ApiError('aborted', 'request cancelled');
    const why = timeout.aborted ? 'it did not answer in time' : (err as Error).message;
    throw new ApiError('unreachable', `The graph server cannot be reached (${why}).`);
  }
  let body: { data?: TResult | null; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A proxy's HTML error page or an empty 502: the API itself is not there.
    throw new ApiError('unreachable', `The graph server answered ${response.status} ${response.statusText} without GraphQL.`);
  }
  if (body.errors?.length) {
    const message = body.errors.map((e) => e.message).join('; ');
    throw new ApiError(response.status >= 500 && !body.data ? 'unreachable' : 'server', message);
  }
  if (!response.ok || body.data == null) throw new ApiError('unreachable', `The graph server answered ${response.status}.`);
  return body.data;
}
