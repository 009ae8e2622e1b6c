/**
 * The viewer as the browser tests meet it: the built bundle served by the real API on the
 * test Neo4j with the given documents ingested, and Chromium. Pages opened through `newPage`
 * record uncaught errors, which `takePageErrors` hands to an afterEach (a page error is a bug
 * whatever the test checks).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import type { Database } from '../../../src/db/connection.js';
import type { RunningServer } from '../../../src/api/server.js';
import type { IngestReport } from '../../../src/ingest/index.js';
import { openTestDatabase, resetDatabase, testSettings } from '../../support/test-db.js';
import { CHROMIUM, launchChromium } from '../../../harness/browser/browser.js';

const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist', 'index.html');

export interface ViewerApp {
  db: Database;
  server: RunningServer;
  browser: Browser;
  /** The viewer's address, ending in "/". */
  base: string;
  reports: IngestReport[];
  newPage(options?: { acceptDownloads?: boolean }): Promise<Page>;
  /** The page errors seen since the last call. */
  takePageErrors(): string[];
  close(): Promise<void>;
}

export async function startViewerApp(documents: string[], artifacts: string): Promise<ViewerApp> {
  if (!existsSync(WEB_DIST)) throw new Error('web/dist is missing: run `npm run build:web` (npm test does) before the browser tests');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set KG_CHROMIUM)`);
  await mkdir(artifacts, { recursive: true });
  // Imported here so a missing build or browser fails fast, before the pipeline loads.
  const { ingestFiles } = await import('../../../src/ingest/index.js');
  const { startServer } = await import('../../../src/api/server.js');
  const db = await openTestDatabase();
  await resetDatabase(db);
  const reports = await ingestFiles(db, documents);
  for (const r of reports) if (r.status === 'failed') throw new Error(`ingestion failed: ${r.error}`);
  const server = await startServer(testSettings({ LOG_LEVEL: 'silent' }), db, { port: 0, logger: pino({ level: 'silent' }) });
  const browser = await launchChromium();
  let pageErrors: string[] = [];
  return {
    db,
    server,
    browser,
    base: `${server.origin}/`,
    reports,
    async newPage(options = {}) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, ...options });
      page.on('pageerror', (err) => pageErrors.push(err.message));
      return page;
    },
    takePageErrors() {
      const errors = pageErrors;
      pageErrors = [];
      return errors;
    },
    async close() {
      await browser.close();
      await server.close();
      await db.close();
    },
  };
}
