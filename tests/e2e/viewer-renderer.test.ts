/**
 * The viewer's renderer choice in real Chromium (web/graph/renderer-choice.ts): a small view
 * on canvas, a big one with WebGL, back to canvas when it shrinks, and canvas wherever WebGL
 * is missing or drawn by the CPU (unless asked for); a big view on canvas pans as a bitmap
 * (textureOnViewport) and is whole again, and selectable, after the pan. Each time the graph must still be drawn:
 * coloured pixels in a screenshot of the graph, and, to tell who drew them, Cytoscape's 2D
 * node layer blank under WebGL and painted under canvas.
 *
 * Headless Chromium's WebGL is SwiftShader (a CPU rasteriser). For the hardware case, a page
 * script makes the GL report a GPU's name; the drawing is still SwiftShader's, and real.
 * The API is a stub (no meetings: the viewer starts empty); graphs come in through
 * window.viewer.show(). Needs the built viewer (`npm run build:web`). A screenshot of the big
 * view under WebGL goes to artifacts/e2e/.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import type { GraphData } from '../../web/src/api/types.js';
import { WEBGL_ABOVE } from '../../web/src/graph/renderer-choice.js';
import { CHROMIUM, launchChromium } from '../../harness/browser/browser.js';
import { serveStatic } from '../../harness/browser/static-files.js';

const DIST = path.join(PROJECT_ROOT, 'web', 'dist');
const ARTIFACTS = path.join(PROJECT_ROOT, 'artifacts', 'e2e');
const GPU_NAME = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';

/** Pretends a hardware GPU: the GL's reported renderer name only (0x9246 is UNMASKED_RENDERER_WEBGL). */
const PRETEND_GPU = `(() => {
  const real = WebGL2RenderingContext.prototype.getParameter;
  WebGL2RenderingContext.prototype.getParameter = function (p) { return p === 0x9246 ? ${JSON.stringify(GPU_NAME)} : real.call(this, p); };
})();`;
/** A browser without WebGL 2. */
const NO_WEBGL2 = `(() => {
  const real = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) { return type === 'webgl2' ? null : real.call(this, type, ...rest); };
})();`;

let server: Server;
let base: string;
let browser: Browser;
let pageErrors: string[] = [];

/**
 * `nodes` nodes in a ring, each also joined to the next few: `edges` edges in all. Few nodes
 * for many elements keeps the layout quick; the renderer counts elements.
 */
function graph(prefix: string, nodes: number, edges: number): GraphData {
  const out: GraphData = { nodes: [], edges: [], truncated: false };
  for (let i = 0; i < nodes; i++)
    out.nodes.push({ id: `${prefix}${i}`, label: i % 5 ? 'Statement' : 'Organization', name: `Node ${i}`, properties: {} });
  for (let k = 0; out.edges.length < edges; k++) {
    const i = k % nodes;
    const step = 1 + Math.floor(k / nodes);
    out.edges.push({
      id: `${prefix}e${k}`,
      type: 'MENTIONS',
      source: `${prefix}${i}`,
      target: `${prefix}${(i + step) % nodes}`,
      properties: {},
      evidence: [],
    });
  }
  return out;
}

async function open(init: string[] = [], query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  for (const script of init) await page.addInitScript(script);
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(() => window.viewer !== undefined && document.getElementById('busy')?.hidden === true);
  return page;
}

async function show(page: Page, data: GraphData): Promise<void> {
  await page.evaluate((d) => window.viewer.show(d), data);
  await page.waitForFunction(() => document.getElementById('busy')?.hidden === true);
  // Two frames: the last positions drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface Drawn {
  renderer: string | null;
  webglMode: boolean;
  nodes: number;
  /** Pixels of the graph's screenshot that are clearly coloured (node fills). */
  colouredPixels: number;
  /** Pixels of the screenshot in the light grey of edges. */
  edgePixels: number;
  /** Non-transparent pixels on Cytoscape's 2D node layer. */
  nodeLayerPixels: number;
}

async function drawn(page: Page): Promise<Drawn> {
  const box = (await page.locator('#cy').boundingBox())!;
  const png = (await page.screenshot({ clip: box })).toString('base64');
  return page.evaluate(async (png) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const scratch = document.createElement('canvas');
    [scratch.width, scratch.height] = [img.width, img.height];
    const ctx = scratch.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const shot = ctx.getImageData(0, 0, img.width, img.height).data;
    let colouredPixels = 0;
    let edgePixels = 0;
    for (let i = 0; i < shot.length; i += 4) {
      const [r, g, b] = [shot[i]!, shot[i + 1]!, shot[i + 2]!];
      const spread = Math.max(r, g, b) - Math.min(r, g, b);
      if (spread > 60) colouredPixels++;
      // Edges are #9ca3af at 80% over white: a light, slightly blue grey.
      else if (spread < 25 && r > 130 && r < 225) edgePixels++;
    }
    const layer = document.querySelector<HTMLCanvasElement>('#cy canvas[data-id="layer2-node"]')!;
    const data = layer.getContext('2d')!.getImageData(0, 0, layer.width, layer.height).data;
    let nodeLayerPixels = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) nodeLayerPixels++;
    const renderer = (window.cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
    return {
      renderer: document.getElementById('cy')!.getAttribute('data-renderer'),
      webglMode: renderer.webgl === true,
      nodes: window.cy.nodes().length,
      colouredPixels,
      edgePixels,
      nodeLayerPixels,
    };
  }, png);
}

/**
 * Drawn means nodes (coloured pixels) and edges (grey pixels). Edges matter: a renderer
 * swapped in under existing elements once drew the nodes and hardly any edge. The floors are
 * far below what either renderer draws (about 3,500 edge pixels for SMALL, 30,000 for BIG).
 */
function edgeFloor(nodes: number): number {
  return nodes > SMALL.nodes.length ? 10_000 : 1_000;
}

/**
 * The view once its nodes show in the screenshot. Software WebGL may hand over its first frame
 * after `show` resolves: in clean-clone CI runs a screenshot taken at once had no coloured pixel
 * at all (2 of 3 runs), while the same frame a moment later had them. Gives up after 60 s.
 */
async function drawnOnceColoured(page: Page): Promise<Drawn> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const d = await drawn(page);
    if (d.colouredPixels > 100 || Date.now() > deadline) return d;
    await page.waitForTimeout(500);
  }
}

function expectCanvas(d: Drawn, nodes: number): void {
  expect(d).toMatchObject({ renderer: 'canvas', webglMode: false, nodes });
  expect(d.nodeLayerPixels).toBeGreaterThan(100);
  expect(d.colouredPixels).toBeGreaterThan(100);
  expect(d.edgePixels).toBeGreaterThan(edgeFloor(nodes));
}

function expectWebgl(d: Drawn, nodes: number): void {
  expect(d).toMatchObject({ renderer: 'webgl', webglMode: true, nodes });
  expect(d.nodeLayerPixels).toBe(0);
  expect(d.colouredPixels).toBeGreaterThan(100);
  expect(d.edgePixels).toBeGreaterThan(edgeFloor(nodes));
}

interface CanvasRendererState {
  textureOnViewport?: boolean;
  textureDrawLastFrame?: boolean;
}
const nextFrames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * A big view on canvas pans as a bitmap (create-cy.ts: textureOnViewport): a mouse drag from
 * the background moves the view by the drag and draws from the texture meanwhile; after the
 * release the graph is redrawn whole (edges too: hideEdgesOnViewport hid them meanwhile).
 */
async function panWithTexture(page: Page): Promise<void> {
  const box = (await page.locator('#cy').boundingBox())!;
  // The layout is fitted with padding: the corner is background, so the drag pans.
  const from = { x: box.x + 4, y: box.y + 4 };
  const before = await page.evaluate(() => ({
    pan: window.cy.pan(),
    texture: (window.cy as unknown as { renderer(): CanvasRendererState }).renderer().textureOnViewport,
  }));
  expect(before.texture).toBe(true);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 12 * i, from.y + 8 * i);
  await nextFrames(page);
  const during = await page.evaluate(() => (window.cy as unknown as { renderer(): CanvasRendererState }).renderer().textureDrawLastFrame);
  await page.mouse.up();
  expect(during).toBe(true);
  await page.waitForFunction(() => (window.cy as unknown as { renderer(): CanvasRendererState }).renderer().textureDrawLastFrame === false);
  await nextFrames(page);
  const pan = await page.evaluate(() => window.cy.pan());
  // Cytoscape starts the pan once past its drag threshold, by the whole way from the mousedown: the view moves by the drag.
  expect(pan.x - before.pan.x).toBeCloseTo(120, 3);
  expect(pan.y - before.pan.y).toBeCloseTo(80, 3);
}

/** A click on the node nearest the middle of the view selects it. */
async function selectNodeInTheMiddle(page: Page): Promise<void> {
  // After a pan the renderer redraws the whole view (seconds on a loaded CPU): aim once it has.
  await nextFrames(page);
  const target = await page.evaluate(() => {
    const box = document.getElementById('cy')!.getBoundingClientRect();
    const mid = { x: box.width / 2, y: box.height / 2 };
    const dist = (n: { renderedPosition(): { x: number; y: number } }) =>
      Math.hypot(n.renderedPosition().x - mid.x, n.renderedPosition().y - mid.y);
    const node = window.cy.nodes().min(dist).ele;
    const p = node.renderedPosition();
    return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.move(target.x, target.y);
  await nextFrames(page);
  await page.mouse.click(target.x, target.y, { delay: 30 });
  await page.waitForFunction((id) => window.viewer.state.selected === id, target.id, { timeout: 120_000 });
}

const SMALL = graph('s', 30, 45);
const BIG = graph('b', 300, WEBGL_ABOVE - 300 + 500);

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set KG_CHROMIUM)`);
  server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/graphql')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { meetings: [] } }));
      return;
    }
    void serveStatic(DIST, req, res).then((ok) => {
      if (!ok) {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterEach(() => {
  const errors = pageErrors;
  pageErrors = [];
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

// Big views take a while on a loaded CPU (software GL, fcose on 4,000 elements).
const SLOW = 300_000;

describe('the viewer’s renderer', () => {
  it(
    'draws a small view on canvas, a big one with WebGL on a GPU, and goes back when it shrinks',
    async () => {
      const page = await open([PRETEND_GPU]);
      await show(page, SMALL);
      expectCanvas(await drawn(page), SMALL.nodes.length);
      expect(BIG.nodes.length + BIG.edges.length).toBeGreaterThan(WEBGL_ABOVE);
      await show(page, BIG);
      expectWebgl(await drawnOnceColoured(page), BIG.nodes.length);
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, '13-big-view-webgl.png') });
      // Still a working graph under WebGL: a tap on a node selects it.
      await page.evaluate(() => window.cy.fit(window.cy.getElementById('b0'), 200));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const at = await page.evaluate(() => {
        const p = window.cy.getElementById('b0').renderedPosition();
        const box = document.getElementById('cy')!.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      });
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction(() => window.viewer.state.selected === 'b0');
      await show(page, SMALL);
      expectCanvas(await drawn(page), SMALL.nodes.length);
      await page.close();
    },
    SLOW,
  );

  it(
    'stays on canvas for a big view when the GL draws on the CPU, unless WebGL is asked for',
    async () => {
      const page = await open();
      await show(page, BIG);
      expectCanvas(await drawn(page), BIG.nodes.length);
      await panWithTexture(page);
      expectCanvas(await drawn(page), BIG.nodes.length);
      await selectNodeInTheMiddle(page);
      await page.close();
      const asked = await open([], '?renderer=webgl');
      await show(asked, SMALL);
      expectWebgl(await drawnOnceColoured(asked), SMALL.nodes.length);
      await asked.close();
    },
    SLOW,
  );

  it(
    'falls back to canvas without WebGL 2, even when WebGL is asked for',
    async () => {
      const page = await open([PRETEND_GPU, NO_WEBGL2], '?renderer=webgl');
      await show(page, BIG);
      expectCanvas(await drawn(page), BIG.nodes.length);
      await page.close();
    },
    SLOW,
  );
});
