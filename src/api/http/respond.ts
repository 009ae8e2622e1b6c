/** Small writers for the answers the HTTP layer gives itself (outside Apollo). */
import type { ServerResponse } from 'node:http';

/** A GraphQL-shaped error body, so every /graphql answer parses the same way. */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
  accept = '',
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  // Answer in the media type the client prefers (GraphQL over HTTP), as Apollo does.
  const type = accept.includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json';
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
