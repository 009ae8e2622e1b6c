/**
 * The API under test: the real server on a free port, on the shared test Neo4j with the
 * seed ingested, its driver wrapped to count the Cypher each request sends.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { openTestDatabase, resetDatabase, testSettings } from '../../../support/test-db.js';
import { wrapDriver, type Database } from '../../../../src/db/connection.js';
import { PROJECT_ROOT } from '../../../../src/config/settings.js';
import { startServer, type RunningServer, type ServerOptions } from '../../../../src/api/server.js';
import { countingDriver, QueryCounter } from './counting-driver.js';
import { parseDocument } from '../../../../src/ingest/parse/index.js';
import { documentIdOf } from '../../../../src/ingest/resolve/index.js';

export const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');
/** The seed has no UN symbol, so it is identified by its content (resolve/document-identity.ts). */
export const DOC = documentIdOf(parseDocument(readFileSync(SEED), SEED));
export const EDITOR_KEY = 'test-editor-key-0123456789';

export interface TestApi {
  server: RunningServer;
  /** The database the server uses (counted); `raw` is the same graph without counting. */
  db: Database;
  raw: Database;
  counter: QueryCounter;
  close(): Promise<void>;
}

export async function startTestApi(
  opts: { ingest?: boolean; files?: string[]; server?: ServerOptions; env?: Record<string, string> } = {},
): Promise<TestApi> {
  const raw = await openTestDatabase();
  await resetDatabase(raw);
  if (opts.ingest !== false) {
    const { ingestFiles } = await import('../../../../src/ingest/index.js');
    const reports = await ingestFiles(raw, opts.files ?? [SEED]);
    const failed = reports.find((r) => r.status === 'failed');
    if (reports.length === 0 || failed) throw new Error(`seed ingestion failed: ${failed?.error}`);
  }
  const counter = new QueryCounter();
  const db = wrapDriver(countingDriver(raw.driver, counter), raw.uri, raw.database, 15_000);
  const settings = testSettings({ KG_EDITOR_KEYS: `tester:${EDITOR_KEY}`, LOG_LEVEL: 'silent', ...opts.env });
  const server = await startServer(settings, db, { port: 0, logger: pino({ level: 'silent' }), ...opts.server });
  return {
    server,
    db,
    raw,
    counter,
    close: async () => {
      await server.close();
      await raw.close();
    },
  };
}

/** Tests read answers by path; the shapes are checked by the assertions themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Answer = Record<string, any>;

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: unknown[] }[] };
}

/** POST a GraphQL request (JSON), as a client would. */
export async function gql<T = Answer>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), body: (await res.json()) as GqlResponse<T>['body'] };
}

/** Data of a request that must succeed (fails the test with the errors otherwise). */
export async function data<T = Answer>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const r = await gql<T>(url, query, variables, headers);
  if (r.status !== 200 || r.body.errors?.length) throw new Error(`GraphQL request failed (${r.status}): ${JSON.stringify(r.body.errors)}`);
  return r.body.data as T;
}
