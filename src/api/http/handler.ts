/**
 * Routes of the one HTTP server: /graphql (Apollo), /graphiql (the bundled IDE),
 * /healthz, and the viewer's build at /. Every request gets a request id (from
 * x-request-id when sane, else new), echoed in the response and on its JSON log line.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { ApiContext } from '../context.js';
import type { Logger } from '../logger.js';
import type { OperationInfo } from '../plugins/operation-info.js';
import { handleGraphQL } from './graphql-route.js';
import { serveStatic, type StaticSite } from './static-files.js';
import { sendJson, sendText } from './respond.js';
import type { HeaderMap } from '@apollo/server';

export interface HandlerDeps {
  apollo: ApolloServer<ApiContext>;
  makeContext: (headers: HeaderMap, requestId: string, log: Logger, info: OperationInfo) => Promise<ApiContext>;
  log: Logger;
  health: () => Promise<{ database: 'up' | 'down' }>;
  graphiql: StaticSite | null;
  web: StaticSite | null;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function createHandler(deps: HandlerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const log = deps.log.child({ requestId });
    const info: OperationInfo = {};
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendText(res, 400, 'Bad request URL\n');
    }
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // One line per request only when asked (LOG_LEVEL=debug); a server error always shows.
      const line = { method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10, ...info };
      if (res.statusCode >= 500) log.warn(line, 'request');
      else log.debug(line, 'request');
    });
    try {
      await route(deps, req, res, url, (headers) => deps.makeContext(headers, requestId, log, info));
    } catch (err) {
      log.error({ err }, 'unhandled error in HTTP handler');
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n');
      else res.destroy();
    }
  };
}

async function route(
  deps: HandlerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  makeContext: (headers: HeaderMap) => Promise<ApiContext>,
): Promise<void> {
  const p = url.pathname;
  if (p === '/graphql') {
    // A person opening /graphql in a browser wants the IDE, not a "missing query" error.
    if (req.method === 'GET' && url.search === '' && (req.headers.accept ?? '').includes('text/html') && deps.graphiql) {
      res.writeHead(302, { location: '/graphiql/' });
      res.end();
      return;
    }
    return handleGraphQL(deps.apollo, makeContext, req, res, url);
  }
  if (p === '/healthz') {
    const h = await deps.health();
    return sendJson(res, h.database === 'up' ? 200 : 503, { status: h.database === 'up' ? 'ok' : 'degraded', ...h });
  }
  if (p === '/graphiql') {
    res.writeHead(301, { location: '/graphiql/' });
    res.end();
    return;
  }
  if (p.startsWith('/graphiql/')) {
    if (deps.graphiql && (await serveStatic(deps.graphiql, p, req, res))) return;
    return sendText(res, 404, deps.graphiql ? 'Not found\n' : 'GraphiQL is not built: run `npm run build:graphiql`.\n');
  }
  if (deps.web && (await serveStatic(deps.web, p, req, res))) return;
  if (p === '/') {
    return sendText(res, 200, 'UN stakeholder knowledge graph API.\nGraphQL: /graphql   IDE: /graphiql/   Health: /healthz\n');
  }
  return sendText(res, 404, 'Not found\n');
}
