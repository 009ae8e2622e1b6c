/**
 * The API server: Apollo Server 5 on Node's own http server (no framework), one process
 * serving /graphql, the bundled GraphiQL at /graphiql/, /healthz and the viewer at /.
 *
 *   const { url, close } = await startServer(loadSettings(), await openDatabase(settings));
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin, type HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  ApolloServerPluginUsageReportingDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginCacheControlDisabled,
} from '@apollo/server/plugin/disabled';
import type { Settings } from '../config/settings.js';
import type { Database } from '../db/connection.js';
import type { ApiContext, ApiServices } from './context.js';
import { EditorKeys } from './auth/editor-keys.js';
import { createLogger, type Logger } from './logger.js';
import { buildSchema } from './schema/neo4j-graphql.js';
import { resolvers } from './resolvers/index.js';
import { armorProtection } from './security/armor.js';
import { LIMITS } from './security/limits.js';
import { createFormatError } from './plugins/mask-errors.js';
import { requireEditorPlugin } from './plugins/require-editor.js';
import { statusCodePlugin } from './plugins/status-codes.js';
import { logErrorsPlugin } from './plugins/log-errors.js';
import { operationInfoPlugin, type OperationInfo } from './plugins/operation-info.js';
import { unauthenticated } from './errors.js';
import { DatabaseHealth } from './db-health.js';
import { databaseBreakerPlugin } from './plugins/database-breaker.js';
import { createHandler } from './http/handler.js';
import { listen } from './http/listen.js';
import type { StaticSite } from './http/static-files.js';
import { TranslationCache } from './translation-cache/cache.js';
import { cacheGeneratedQueries } from './translation-cache/install.js';
import { readGeneratedQueriesInAutoCommit } from './reads/auto-commit.js';

export interface ServerOptions {
  logger?: Logger;
  /** Replace services (tests inject an ingest that fails, or a counting database). */
  services?: Partial<ApiServices>;
  /** Overrides settings.port; 0 picks a free port (tests). */
  port?: number;
  /** Folders served at / and /graphiql/; default web/dist and dist/graphiql under the project. */
  webDir?: string | null;
  graphiqlDir?: string | null;
  /** The generated queries' translation cache (translation-cache/); false translates every request. */
  translationCache?: TranslationCache | false;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Origin without path, e.g. http://127.0.0.1:4000. */
  origin: string;
  close(): Promise<void>;
}

export async function startServer(settings: Settings, db: Database, opts: ServerOptions = {}): Promise<RunningServer> {
  const log = opts.logger ?? createLogger(settings);
  const keys = new EditorKeys(settings.editorKeys);
  const schema = await buildSchema({ driver: db.driver, resolvers: resolvers as never });
  readGeneratedQueriesInAutoCommit(schema, Object.keys(resolvers.Query ?? {}));
  const translationCache = opts.translationCache ?? (settings.translationCache ? new TranslationCache() : false);
  if (translationCache) cacheGeneratedQueries(schema, translationCache, Object.keys(resolvers.Query ?? {}));
  const armor = armorProtection(settings.development);
  const health = new DatabaseHealth(db.driver, db.database, log);
  const httpServer = createServer();
  // Slow-loris guards: a client must send its headers and body in reasonable time.
  httpServer.headersTimeout = 15_000;
  httpServer.requestTimeout = 60_000;

  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: settings.introspection,
    // A request runs only if a browser would have had to preflight it: a content-type that is
    // not a form or text/plain (application/json), or a non-empty `apollo-require-preflight` or
    // `x-apollo-operation-name` header. A bare GET `?query=…`, even with
    // `Accept: application/graphql-response+json` (a CORS-safelisted header), is exactly what
    // a cross-site <img>, <script> or no-cors fetch can send, so it is refused (400). This is
    // why the GraphQL-over-HTTP audit's optional (MAY) GET checks fail, on purpose
    // (tests/integration/api/http-conformance.test.ts); no MUST or SHOULD depends on it.
    csrfPrevention: true,
    // The CLI owns shutdown (close the server, then the driver); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" outside development: with introspection off, suggestions would leak the schema.
    hideSchemaDetailsFromClientErrors: !settings.development,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: armor.validationRules ?? [],
    formatError: createFormatError(settings.txTimeoutMs, health),
    logger: log.child({ component: 'apollo' }),
    plugins: [
      // armor's plugins are typed for Apollo's BaseContext; they never read the context.
      ...((armor.plugins ?? []) as unknown as ApolloServerPlugin<ApiContext>[]),
      requireEditorPlugin(keys.configured),
      databaseBreakerPlugin(health),
      statusCodePlugin(),
      logErrorsPlugin(),
      operationInfoPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // Apollo installs cache control by default, which wraps every field's resolver to
      // collect cache hints; the schema gives none and responses are never cached.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const services: ApiServices = {
    db,
    // Loaded on first use: the pipeline (parsers, vocabularies) is only needed once an editor sends a document.
    ingestText: async (d, text, file) => (await import('../ingest/index.js')).ingestText(d, text, file),
    ingestBytes: async (d, bytes, file) => (await import('../ingest/index.js')).ingestBytes(d, bytes, file),
    diffBytes: async (d, bytes, file) => (await import('../ingest/diff/index.js')).diffBytes(d, bytes, file),
    ...opts.services,
  };
  const sessionConfig = db.database ? { database: db.database } : {};
  const makeContext = async (headers: HeaderMap, requestId: string, reqLog: Logger, info: OperationInfo): Promise<ApiContext> => {
    const credentials = keys.authenticate(headers);
    if (credentials.kind === 'invalid') throw unauthenticated(`${credentials.reason}.`);
    return {
      // @neo4j/graphql runs its one query per request through this driver (mutations: a managed
      // write transaction; Query fields: an auto-commit read, reads/auto-commit.ts) with this
      // timeout: no generated query runs longer than the custom ones.
      executionContext: services.db.driver,
      sessionConfig,
      transaction: { timeout: settings.txTimeoutMs, metadata: { app: 'kg-api', requestId } },
      services,
      editor: credentials.kind === 'editor' ? credentials.editor : null,
      requestId,
      log: reqLog,
      operationInfo: info,
    };
  };

  httpServer.on(
    'request',
    createHandler({
      apollo,
      makeContext,
      log,
      health: async () => ({ database: (await health.probe()) ? 'up' : 'down' }),
      graphiql: site(
        opts.graphiqlDir === undefined ? path.join(settings.projectRoot, 'dist', 'graphiql') : opts.graphiqlDir,
        '/graphiql/',
        false,
      ),
      web: site(opts.webDir === undefined ? path.join(settings.projectRoot, 'web', 'dist') : opts.webDir, '/', true),
    }),
  );

  await listen(httpServer, opts.port ?? settings.port, settings.host);
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  log.info({ url: `${origin}/graphql`, introspection: settings.introspection, editorKeys: settings.editorKeys.length }, 'API listening');
  let closed: Promise<void> | null = null;
  return {
    url: `${origin}/graphql`,
    origin,
    close: () => (closed ??= (health.stop(), apollo.stop())),
  };
}

function site(dir: string | null, mount: string, spaFallback: boolean): StaticSite | null {
  return dir && existsSync(path.join(dir, 'index.html')) ? { root: dir, mount, spaFallback } : null;
}
