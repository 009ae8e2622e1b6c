/**
 * Dev only: `npx tsx tests/e2e/dev-mock-server.ts [port]` serves web/dist with the mock
 * API (tests/e2e/support/mock-api.ts), for working on the viewer without Neo4j.
 */
import { startMockServer } from './support/mock-api.js';

const port = Number(process.argv[2] ?? 4173);
const server = await startMockServer(port);
process.stdout.write(`viewer with mock API at ${server.url}\n`);
