/**
 * The viewer in real Chromium against the real server on the test Neo4j with the seed
 * ingested: the walk-through (search, open, paragraph 13, expand, filter, path,
 * export), a shared link, undo, hostile text, the API going away, empty results, the
 * engagement tables, the text twin and the other exports. Screenshots go to artifacts/e2e/.
 * Needs the built viewer (`npm run build:web`) and /usr/bin/chromium.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { parseDocument } from '../../src/ingest/parse/index.js';
import { documentIdOf } from '../../src/ingest/resolve/index.js';
import { startViewerApp, type ViewerApp } from './support/viewer-app.js';
import { runScenario, settled, PARAGRAPH_13_WORDS, type ScenarioResult } from './support/scenario.js';

const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');
const HOSTILE = path.join(PROJECT_ROOT, 'tests', 'e2e', 'fixtures', 'markup-in-text.txt');
const ARTIFACTS = path.join(PROJECT_ROOT, 'artifacts', 'e2e');

let app: ViewerApp;
let base: string;
let walk: ScenarioResult;
let walkUrl: string;

function newPage(): Promise<Page> {
  return app.newPage({ acceptDownloads: true });
}

/** What a shared link must rebuild: the nodes, which of them are shown, and the path. */
interface View {
  ids: string[];
  visible: string[];
  onPath: string[];
}
let sharedView: View;

async function viewOf(p: Page): Promise<View> {
  return p.evaluate(() => ({
    ids: window.cy
      .nodes()
      .map((n) => n.id())
      .sort(),
    visible: window.cy
      .nodes(':visible')
      .map((n) => n.id())
      .sort(),
    onPath: window.cy
      .elements('.on-path')
      .map((e) => e.id())
      .sort(),
  }));
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const file = path.join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

beforeAll(async () => {
  app = await startViewerApp([SEED, HOSTILE], ARTIFACTS);
  base = app.base;
});

// Uncaught errors in the page: a bug whatever the test checks.
afterEach(() => {
  expect(app.takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await app?.close();
});

describe('the viewer', () => {
  it('walks through search, evidence, expand, filter, path and PNG export', async () => {
    const page = await newPage();
    walk = await runScenario(page, base, ARTIFACTS);
    walkUrl = page.url();
    expect(walk.mmcId).toMatch(/mixed-migration-centre/);
    expect(walk.nodesAfterExpand).toBeGreaterThan(walk.nodesBeforeExpand);
    expect(walk.pathSteps).toBeGreaterThan(0);
    expect(walk.pngBytes).toBeGreaterThan(10_000);
    // Each step of the path says why it holds: a paragraph with its citation.
    const why = await page.locator('#path-result .evidence .citation').allInnerTexts();
    expect(why.length).toBeGreaterThan(0);
    expect(why[0]).toMatch(/para\. \d+/);
    // The path explains: through what someone said, not the meeting every node touches.
    const onPath = await page.evaluate(() => ({
      nodes: window.cy.nodes('.on-path').map((n) => String(n.data('type'))),
      edges: window.cy.edges('.on-path').map((e) => String(e.data('type'))),
    }));
    expect(onPath.nodes).toContain('Statement');
    expect(onPath.nodes).not.toContain('Meeting');
    expect(onPath.edges).not.toContain('PARTICIPATED_IN');
    expect(onPath.edges).not.toContain('PRODUCED');
    // A path is drawn whole: each of its steps is an edge on the canvas, marked.
    expect(onPath.edges.length).toBe(onPath.nodes.length - 1);
    // The URL carries the view: selection/path, the filter and the expansions.
    const q = new URL(walkUrl).searchParams;
    expect(q.getAll('expand')).toContain(walk.mmcId);
    expect(q.getAll('without')).toContain(walk.filteredType);
    expect(q.get('from')).toBe(walk.mmcId);
    sharedView = await viewOf(page);
    await page.close();
  });

  it('rebuilds the view that was shared from its link', async () => {
    const page = await newPage();
    await page.goto(walkUrl);
    await page.waitForFunction(() => window.cy?.nodes().length > 0);
    await settled(page);
    // Compared with the view as it was when the link was taken (the walk's page), not with
    // another page opened from the same link.
    const rebuilt = await viewOf(page);
    expect(sharedView.onPath.length).toBeGreaterThan(0);
    expect(rebuilt).toEqual(sharedView);
    expect(await page.isChecked(`#legend-types input[data-type="${walk.filteredType}"]`)).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, '07-shared-link.png') });
    await page.close();
  });

  it('hides a node and brings it back with undo', async () => {
    const page = await newPage();
    await page.goto(`${base}?open=${encodeURIComponent(walk.mmcId)}`);
    await page.waitForFunction((id) => window.viewer.state.selected === id || window.cy.getElementById(id).nonempty(), walk.mmcId);
    await settled(page);
    await page.evaluate((id) => window.viewer.select({ kind: 'node', id }), walk.mmcId);
    await page.click('#node-actions button:has-text("Hide")');
    await page.waitForFunction((id) => window.cy.getElementById(id).empty(), walk.mmcId);
    await page.waitForFunction((id) => new URLSearchParams(window.location.search).getAll('hide').includes(id), walk.mmcId);
    await page.click('#undo-button');
    await page.waitForFunction((id) => window.cy.getElementById(id).nonempty(), walk.mmcId);
    await page.close();
  });

  it("shows a note's evidence as the note, cited as the document's note 1", async () => {
    // The seed's note 1: "Hereinafter: UNTOC review mechanism." (its markup: `<sup>1</sup>`).
    const noteId = `${documentIdOf(parseDocument(await readFile(SEED), SEED))}/fn:1`;
    const page = await newPage();
    await page.goto(`${base}?open=${encodeURIComponent(noteId)}`);
    await page.waitForFunction((id) => window.cy.getElementById(id).nonempty(), noteId);
    await settled(page);
    await page.evaluate((id) => window.viewer.select({ kind: 'node', id }), noteId);
    const card = page.locator('#details-body .evidence[data-place="NOTE"]');
    await card.first().waitFor();
    expect(await card.first().locator('.para-number').innerText()).toBe('Note 1');
    expect(await card.first().locator('.evidence-text').innerText()).toContain('Hereinafter: UNTOC review mechanism.');
    expect(await card.first().locator('.citation').innerText()).toMatch(/, note 1$/);
    await page.close();
  });

  it('expands and collapses a node on double-click', async () => {
    const page = await newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.cy?.nodes().length > 0);
    await settled(page);
    const before = await page.evaluate(() => window.cy.nodes().length);
    // A real double-click where the organization is drawn on the canvas.
    const at = async () =>
      page.evaluate((id) => {
        const box = document.getElementById('cy')!.getBoundingClientRect();
        const p = window.cy.getElementById(id).renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      }, walk.mmcId);
    let p = await at();
    await page.mouse.dblclick(p.x, p.y);
    await page.waitForFunction((id) => window.viewer.state.expanded.includes(id), walk.mmcId);
    await settled(page);
    expect(await page.evaluate(() => window.cy.nodes().length)).toBeGreaterThan(before);
    p = await at();
    await page.mouse.dblclick(p.x, p.y);
    await page.waitForFunction((id) => !window.viewer.state.expanded.includes(id), walk.mmcId);
    await settled(page);
    expect(await page.evaluate(() => window.cy.nodes().length)).toBe(before);
    await page.close();
  });

  it('shows markup in a paragraph as words, never as markup', async () => {
    const page = await newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.cy?.nodes().length > 0);
    await page.fill('#search', 'Quillwort submission');
    await page.waitForSelector('#search-slot [role=option]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('details-body')!.innerText.includes('<script>'));
    await settled(page);
    const panel = await page.locator('#details-body').innerText();
    expect(panel).toContain(`<script>window.__pwned = 'script'</script>`);
    expect(panel).toContain(`<img src=x onerror="window.__pwned = 'img'">`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('#details-body script, #details-body img, #search-slot img').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, '08-markup-as-text.png') });
    await page.close();
  });

  it('says so when the API cannot be reached, and recovers on retry', async () => {
    const page = await newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(base);
    const banner = page.locator('#api-banner');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.innerText()).toMatch(/not answering/i);
    await page.screenshot({ path: path.join(ARTIFACTS, '09-api-down.png') });
    await page.unroute('**/graphql');
    await banner.locator('button', { hasText: 'Retry' }).click();
    await banner.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => window.cy.nodes().length > 0);
    await page.close();
  });

  it('explains an empty search', async () => {
    const page = await newPage();
    await page.goto(base);
    await page.fill('#search', 'zyxwvut qqqq');
    const status = page.locator('#search-slot .search-status');
    await page.waitForFunction(() => /Nothing matches/.test(document.querySelector('#search-slot .search-status')!.textContent ?? ''));
    expect(await status.innerText()).toMatch(/Try fewer or other words/);
    await page.close();
  });

  it('shows engagement heat maps with the statements behind a cell', async () => {
    const page = await newPage();
    await page.goto(`${base}?view=engagement`);
    await page.waitForSelector('#engagement-table table.heatmap button.cell');
    await page.locator('#engagement-table button.cell').first().click();
    await page.waitForSelector('#engagement-drill .statements li');
    expect(await page.locator('#engagement-drill .evidence .citation').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, '10-engagement-topic.png') });
    await page.click('#engagement-meeting');
    await page.waitForSelector('#engagement-table table.heatmap button.cell');
    await page.screenshot({ path: path.join(ARTIFACTS, '11-engagement-meeting.png') });
    await page.close();
  });

  it('offers a text twin of the view and reaches details by keyboard', async () => {
    const page = await newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.cy?.nodes().length > 0);
    await settled(page);
    await page.click('#tab-table');
    await page.waitForSelector('#table-view table.twin tbody tr');
    const rows = await page.locator('#table-view table.twin').first().locator('tbody tr').count();
    expect(rows).toBe(await page.evaluate(() => window.cy.nodes(':visible').length));
    await page.locator('#table-view table.twin tbody tr button').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'details-title');
    expect(await page.evaluate(() => window.viewer.state.selected)).not.toBeNull();
    await page.screenshot({ path: path.join(ARTIFACTS, '12-table-view.png') });
    await page.close();
  });

  it('exports the view as SVG, GraphML and JSON', async () => {
    const page = await newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.cy?.nodes().length > 0);
    await settled(page);
    const count = await page.evaluate(() => window.cy.nodes(':visible').length);
    const svg = await downloadText(page, '#export-svg');
    expect(svg.text).toMatch(/^<\?xml[^>]*>\s*<svg/);
    expect((svg.text.match(/<title>/g) ?? []).length).toBe(count);
    const graphml = await downloadText(page, '#export-graphml');
    expect((graphml.text.match(/<node /g) ?? []).length).toBe(count);
    const json = JSON.parse((await downloadText(page, '#export-json')).text) as { nodes: unknown[]; edges: unknown[]; view: string };
    expect(json.nodes).toHaveLength(count);
    expect(json.view).toContain(base);
    await page.close();
  });
});

it('paragraph 13 is what the seed says (guards the walk-through against a changed seed)', async () => {
  expect(await readFile(SEED, 'utf8')).toContain(PARAGRAPH_13_WORDS);
});
