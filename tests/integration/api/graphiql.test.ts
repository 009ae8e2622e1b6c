/**
 * GraphiQL is bundled and served by the API itself at /graphiql/, with nothing loaded from
 * another host (machines here have no internet). Builds it (Vite) into a temporary folder.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import { startTestApi, type TestApi } from './support/api.js';

let api: TestApi;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-graphiql-'));
  await build({
    configFile: path.join(PROJECT_ROOT, 'src/api/graphiql/vite.config.ts'),
    build: { outDir: dir, emptyOutDir: true },
    logLevel: 'silent',
  });
  api = await startTestApi({ ingest: false, server: { graphiqlDir: dir } });
}, 300_000);

afterAll(async () => {
  await api?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('GraphiQL', () => {
  it('is served at /graphiql/ from the bundle, with no script or style from another host', async () => {
    const res = await fetch(`${api.server.origin}/graphiql/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^\/graphiql\/assets\//);
    for (const ref of refs) {
      const asset = await fetch(`${api.server.origin}${ref}`);
      expect(asset.status, ref).toBe(200);
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    }
  });

  it('sends browsers that open /graphql to it', async () => {
    const res = await fetch(api.server.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql/');
  });

  it('opens with the example queries', async () => {
    const main = (await readFile(path.join(dir, 'index.html'), 'utf8')).match(/src="\/graphiql\/(assets\/[^"]+\.js)"/)![1]!;
    const js = await readFile(path.join(dir, main), 'utf8');
    expect(js).toContain('query Panellists');
    expect(js).toContain('driversOfMigration');
  });
});
