/**
 * GraphiQL's documentation pane, as a researcher first meets the schema: in real Chromium,
 * open the pane and visit every type written in schema/*.graphql from "All Schema Types";
 * each must show its description, and each field or enum value it lists (the ones
 * @neo4j/graphql generates included) must show one too. (The unit test tests/unit/api/schema-descriptions.test.ts reads the files;
 * this one reads what the pane renders, after @neo4j/graphql has built the schema.)
 * Screenshots of the pane go to artifacts/e2e/graphiql-docs-*.png.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { schemaFiles } from '../../src/api/schema/type-defs.js';
import { launchChromium } from '../../harness/browser/browser.js';
import { startTestApi, type TestApi } from '../integration/api/support/api.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'artifacts', 'e2e');

/** Every type written in the schema files, with the fields or enum values written for it. */
async function writtenTypes(): Promise<Map<string, Set<string>>> {
  const types = new Map<string, Set<string>>();
  for (const file of schemaFiles()) {
    for (const def of parse(await readFile(file, 'utf8')).definitions) {
      if (!('name' in def) || !def.name || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
      const members = types.get(def.name.value) ?? new Set<string>();
      if ('fields' in def) for (const f of def.fields ?? []) members.add(f.name.value);
      if ('values' in def) for (const v of def.values ?? []) members.add(v.name.value);
      types.set(def.name.value, members);
    }
  }
  return types;
}

interface TypePage {
  title: string;
  description: string;
  /** Each item the pane lists (field or enum value) with the description it shows. */
  items: Array<{ name: string; description: string }>;
}

async function readTypePage(page: Page): Promise<TypePage> {
  return page.evaluate(() => {
    const content = document.querySelector('.graphiql-doc-explorer-content')!;
    const own = content.querySelector(':scope > .graphiql-markdown-description');
    const items = [...content.querySelectorAll('.graphiql-doc-explorer-item')].map((item) => ({
      name: (item.querySelector('.graphiql-doc-explorer-field-name, .graphiql-doc-explorer-enum-value')?.textContent ?? '').trim(),
      description: (item.querySelector('.graphiql-markdown-description')?.textContent ?? '').trim(),
    }));
    return {
      title: (document.querySelector('.graphiql-doc-explorer-title')?.textContent ?? '').trim(),
      description: (own?.textContent ?? '').trim(),
      items,
    };
  });
}

let api: TestApi;
let dir: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-graphiql-docs-'));
  await build({
    configFile: path.join(PROJECT_ROOT, 'src/api/graphiql/vite.config.ts'),
    build: { outDir: dir, emptyOutDir: true },
    logLevel: 'silent',
  });
  api = await startTestApi({ ingest: false, server: { graphiqlDir: dir } });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await mkdir(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("GraphiQL's documentation pane", () => {
  it('shows a description for every type written in the schema files and every entry it lists', async () => {
    await page.goto(`${api.server.origin}/graphiql/`);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await page
      .getByRole('button', { name: /documentation/i })
      .first()
      .click();
    await page.waitForSelector('.graphiql-doc-explorer-content');
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql-docs-root.png') });

    const types = await writtenTypes();
    expect(types.size).toBeGreaterThan(40);
    const missing: string[] = [];
    const visited: string[] = [];
    for (const [name, members] of types) {
      // The root lists every type under "All Schema Types"; Query and Mutation under "Root Types".
      const link = page
        .locator('.graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name', { hasText: new RegExp(`^${name}$`) })
        .first();
      if ((await link.count()) === 0) {
        missing.push(`${name} (not in the pane)`);
        continue;
      }
      await link.click();
      await page.waitForFunction((t) => document.querySelector('.graphiql-doc-explorer-title')?.textContent?.trim() === t, name);
      const shown = await readTypePage(page);
      visited.push(name);
      // @neo4j/graphql builds the root Query and Mutation types itself, without the written description.
      if (!['Query', 'Mutation'].includes(name) && shown.description === '') missing.push(name);
      // Every entry, the generated ones (xConnection, xAggregate, the root's lists) included.
      for (const item of shown.items) if (item.description === '') missing.push(`${name}.${item.name}`);
      // Every member written in the files is listed (none renamed or dropped by the library).
      const listed = new Set(shown.items.map((i) => i.name));
      if (shown.items.length > 0) for (const m of members) if (!listed.has(m)) missing.push(`${name}.${m} (not listed)`);
      await page.evaluate(() => document.querySelector('.graphiql-doc-explorer-content')?.closest('.graphiql-plugin')?.scrollTo(0, 0));
      if (name === 'Meeting') await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql-docs-meeting.png') });
      if (name === 'Query') await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql-docs-query.png') });
      await page.locator('.graphiql-doc-explorer-back').first().click();
      await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer-title')?.textContent?.trim() === 'Docs');
    }
    expect(missing).toEqual([]);
    expect(visited.length).toBe(types.size);
  }, 600_000);
});
