import { it, beforeAll, afterAll } from 'vitest';
import { auditServer } from 'graphql-http';
import { startTestApi, type TestApi } from './support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

it('audit', async () => {
  const results = await auditServer({ url: api.server.url });
  for (const r of results) {
    const extra = r.status === 'ok' ? '' : ` — ${r.reason} [${r.response.status} ${r.response.headers.get('content-type')}] ${await r.response.clone().text().catch(() => '')}`;
    console.log(`${r.status.padEnd(6)} ${r.id} ${r.name}${extra}`);
  }
});
