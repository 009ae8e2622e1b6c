/**
 * The API in a process of its own for bench/api.ts, so the load generator (autocannon)
 * and the server do not share one event loop: what is measured is what a client sees.
 * Prints {"url": …} on stdout once listening; stops on SIGTERM.
 */
import { pino } from 'pino';
import { loadSettings } from '../src/config/settings.js';
import { startServer } from '../src/api/server.js';
import { openBenchDatabase } from './bench-db.js';

const db = await openBenchDatabase();
const server = await startServer(loadSettings({ ...process.env, LOG_LEVEL: 'silent' }), db, { port: 0, logger: pino({ level: 'silent' }) });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => {
  // Keep-alive sockets from the load generator may hold the drain open: do not wait long.
  setTimeout(() => process.exit(0), 3_000).unref();
  void server
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
});
