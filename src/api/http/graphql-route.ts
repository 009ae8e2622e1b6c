/**
 * /graphql on Node's own http server: the request becomes Apollo's HTTPGraphQLRequest
 * (Apollo then applies GraphQL-over-HTTP itself: GET for queries only, POST with JSON,
 * CSRF prevention, content negotiation, status codes), and Apollo's answer is written back.
 * What is done here is what Apollo leaves to the integration: the body limit, JSON parsing
 * with a 400 on bad JSON, a URL length limit, and the status of a request error answered as
 * application/json (200, as GraphQL over HTTP asks: request-error-status.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { ApiContext } from '../context.js';
import { LIMITS } from '../security/limits.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { sendGraphQLError } from './respond.js';
import { requestErrorStatus } from './request-error-status.js';

export type ContextFactory = (headers: HeaderMap) => Promise<ApiContext>;

export async function handleGraphQL(
  apollo: ApolloServer<ApiContext>,
  makeContext: ContextFactory,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const headers = toHeaderMap(req);
  const accept = headers.get('accept') ?? '';
  if (url.search.length > LIMITS.maxUrlBytes) {
    return sendGraphQLError(
      res,
      414,
      `The query string is longer than ${LIMITS.maxUrlBytes} bytes; send the query with POST.`,
      'BAD_REQUEST',
      {},
      accept,
    );
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    let raw: Buffer;
    try {
      raw = await readBody(req, LIMITS.maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        return sendGraphQLError(
          res,
          413,
          `The request body is larger than ${err.limit} bytes.`,
          'BAD_REQUEST',
          { connection: 'close' },
          accept,
        );
      }
      throw err;
    }
    const text = raw.toString('utf8');
    if (isJson(headers.get('content-type'))) {
      if (text.trim() === '')
        return sendGraphQLError(res, 400, 'The request body is empty; send {"query": "…"}.', 'BAD_REQUEST', {}, accept);
      try {
        body = JSON.parse(text);
      } catch {
        return sendGraphQLError(res, 400, 'The request body is not valid JSON.', 'BAD_REQUEST', {}, accept);
      }
    } else {
      // Apollo answers a missing or unsupported content type itself (400, with CSRF advice).
      body = text;
    }
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
  const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => makeContext(headers) });
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.statusCode = requestErrorStatus(res.statusCode, result.headers.get('content-type'), result.body.string);
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}
