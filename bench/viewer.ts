/**
 * The viewer's drawing overhead: time from graph data in hand to a drawn, laid-out graph,
 * for 1,000 and 5,000 elements in headless Chromium, against plain Cytoscape drawing the
 * same elements with the same fcose options and no app code, in the same run. Also the
 * mean frame time while a user zooms and pans afterwards (responsiveness). Printed as ratios: these machines
 * are shared and noisy, only ratios mean anything.
 *
 *   npm run build:web && npx tsx bench/viewer.ts [runs per size = 3] [layout|renderers|timeline|all = all] [renderer sizes, e.g. 50000] [renderer variants, e.g. canvas,canvas+texture]
 *
 * The app side calls window.viewer.show(data) on the built page (web/dist): pooling, sync,
 * type filter, measures, focus, layout, legend and URL, everything a user's expansion pays.
 * The baseline page loads Cytoscape and fcose from node_modules (UMD builds of the same
 * versions) with a comparable style (labels, arrows). Math.random is seeded identically in
 * both pages, so fcose does the same work on both sides.
 *
 * Then (viewer-renderers.ts) Cytoscape's canvas renderer with its defaults against its
 * big-graph viewport options (the viewer's among them) and its WebGL mode at 5,000, 20,000 and
 * 50,000 elements: time to first draw and frames per second while a user pans and zooms.
 *
 * Part `timeline`: the timeline view's first draw of a series meeting with 5,000 elements
 * (viewer-timeline.ts: the stand-in server answers the timeline's GraphQL requests), from
 * choosing the series to the drawn, laid-out, marked meeting (the fetches, stepGraph, show,
 * the marks; the charts load meanwhile, as they do for a user), against the app drawing the
 * same elements with window.viewer.show(data) and plain Cytoscape drawing them, in the same run.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config/settings.js';
import { launchChromium } from '../harness/browser/browser.js';
import { serveStatic } from '../harness/browser/static-files.js';
import { fcoseOptions } from '../web/src/graph/layouts.js';
import type { GraphData } from '../web/src/api/types.js';
import { PRNG, syntheticGraph } from './synthetic-graph.js';
import { RENDERER_SIZES, RENDERER_VARIANTS, rendererTable, type RendererName } from './viewer-renderers.js';
import { answerTimelineRequest, elementCount, timelineFixture, TIMELINE_SERIES_ID, type TimelineFixture } from './viewer-timeline.js';

const RUNS = Number(process.argv[2] ?? 3);
const PART = process.argv[3] ?? 'all';
/** Optional, for the renderers part: sizes (e.g. 50000 or 5000,20000) and variants (e.g. canvas,canvas+texture). */
const RENDERER_SIZE_ARG = process.argv[4]?.split(',').map(Number);
const RENDERER_VARIANT_ARG = process.argv[5]?.split(',').map((v) => {
  if (!(RENDERER_VARIANTS as readonly string[]).includes(v)) throw new Error(`unknown renderer variant ${v}: one of ${RENDERER_VARIANTS.join(', ')}`);
  return v as RendererName;
});
const SIZES = [1000, 5000];
const TIMELINE_ELEMENTS = 5000;
const VIEWPORT = { width: 1440, height: 900 };
const DIST = path.join(PROJECT_ROOT, 'web', 'dist');
const UMD = {
  '/vendor/cytoscape.js': 'node_modules/cytoscape/dist/cytoscape.min.js',
  '/vendor/layout-base.js': 'node_modules/layout-base/layout-base.js',
  '/vendor/cose-base.js': 'node_modules/cose-base/cose-base.js',
  '/vendor/cytoscape-fcose.js': 'node_modules/cytoscape-fcose/cytoscape-fcose.js',
};

const BASELINE_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%}#cy{position:absolute}</style></head>
<body><div id="cy"></div>${Object.keys(UMD)
  .map((src) => `<script src="${src}"></script>`)
  .join('')}<script>cytoscape.use(cytoscapeFcose);</script></body></html>`;

async function startBenchServer(timeline: TimelineFixture | null): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/graphql')) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: string; variables?: Record<string, unknown> }) : {};
        const answer = timeline ? answerTimelineRequest(timeline, body.query ?? '', body.variables ?? {}) : null;
        res.writeHead(200, { 'content-type': 'application/json' });
        // Otherwise: the app's first request looks for a meeting to start from: none, so it starts empty.
        res.end(JSON.stringify({ data: answer ?? { meetings: [] } }));
      });
      return;
    }
    if (url === '/baseline.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(BASELINE_HTML);
      return;
    }
    const vendor = UMD[url as keyof typeof UMD];
    const served = vendor ? serveStatic(PROJECT_ROOT, { ...req, url: `/${vendor}` } as typeof req, res) : serveStatic(DIST, req, res);
    void served.then((ok) => {
      if (!ok) {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

async function newPage(browser: Browser, seed: number): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls a
  // __name helper that only exists in Node; give the page a no-op one.
  await page.addInitScript(`${PRNG}; Math.random = mulberry32(${seed}); globalThis.__name = (f) => f;`);
  return page;
}

interface Timing {
  draw: number;
  frames: number;
}

/**
 * Responsiveness: a user's wheel zooms and a drag pan over the canvas (real input events,
 * so Cytoscape's viewport optimisations apply as they would for a person), timing every
 * animation frame meanwhile. Returns the mean time between frames.
 */
async function gestureFrameMs(page: Page, selector: string): Promise<number> {
  const box = (await page.locator(selector).boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stop_: boolean };
    w.frames_ = [];
    w.stop_ = false;
    const loop = (t: number) => {
      w.frames_.push(t);
      if (!w.stop_) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, i % 3 === 2 ? 150 : -100);
    await page.waitForTimeout(25);
  }
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(cx + i * 12, cy + i * 6);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stop_: boolean };
    w.stop_ = true;
    return w.frames_;
  });
  return frames.length > 1 ? (frames.at(-1)! - frames[0]!) / (frames.length - 1) : Number.NaN;
}

async function timeApp(browser: Browser, base: string, data: GraphData, seed: number): Promise<Timing> {
  const page = await newPage(browser, seed);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.viewer !== undefined && document.getElementById('busy')?.hidden === true);
  const result = await page.evaluate(async (data) => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    await window.viewer.show(data);
    await frame();
    await frame();
    return { draw: performance.now() - t0, nodes: window.cy.nodes().length };
  }, data);
  if (result.nodes !== data.nodes.length) throw new Error(`the app drew ${result.nodes} of ${data.nodes.length} nodes`);
  const frames = await gestureFrameMs(page, '#cy');
  await page.close();
  return { draw: result.draw, frames };
}

/** The timeline view's first draw: choosing the series (what the select's change does) to the first meeting drawn, laid out and marked. */
async function timeTimeline(browser: Browser, base: string, fixture: TimelineFixture, seed: number): Promise<Timing> {
  const page = await newPage(browser, seed);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.viewer !== undefined && document.getElementById('busy')?.hidden === true);
  await page.waitForSelector(`#timeline-series option[value="${TIMELINE_SERIES_ID}"]`, { state: 'attached' });
  const result = await page.evaluate(async (id) => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    await window.timeline.choose(id);
    await window.timeline.settled();
    await frame();
    await frame();
    const draw = performance.now() - t0;
    return {
      draw,
      nodes: window.cy.nodes().length,
      edges: window.cy.edges().length,
      drawn: document.getElementById('timeline-bar')!.dataset.drawn,
      marked: window.cy.nodes('.tl-new').length,
    };
  }, TIMELINE_SERIES_ID);
  const expected = fixture.drawn;
  if (result.drawn !== '1' || result.nodes !== expected.nodes.length || result.edges !== expected.edges.length)
    throw new Error(`the timeline drew meeting ${result.drawn} with ${result.nodes}/${result.edges} nodes/edges, not ${expected.nodes.length}/${expected.edges.length}`);
  if (result.marked !== fixture.steps[0]!.newIds.length) throw new Error(`the timeline marked ${result.marked} of ${fixture.steps[0]!.newIds.length} participants new`);
  const frames = await gestureFrameMs(page, '#cy');
  await page.close();
  return { draw: result.draw, frames };
}

async function canvasSize(browser: Browser, base: string): Promise<{ width: number; height: number }> {
  const page = await newPage(browser, 1);
  await page.goto(`${base}/`);
  const box = await page.locator('#cy').boundingBox();
  await page.close();
  if (!box) throw new Error('the app has no #cy container');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

async function timeBaseline(
  browser: Browser,
  base: string,
  data: GraphData,
  seed: number,
  size: { width: number; height: number },
): Promise<Timing> {
  const page = await newPage(browser, seed);
  await page.goto(`${base}/baseline.html`);
  const layout = fcoseOptions(data.nodes.length);
  const result = await page.evaluate(
    async ({ data, layout, size }) => {
      const container = document.getElementById('cy')!;
      container.style.width = `${size.width}px`;
      container.style.height = `${size.height}px`;
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const t0 = performance.now();
      const elements = [
        ...data.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, name: n.name } })),
        ...data.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target } })),
      ];
      const many = elements.length > 2000;
      const cytoscape = (
        window as unknown as { cytoscape: (o: unknown) => { one: (e: string, f: () => void) => void; nodes: () => { length: number } } }
      ).cytoscape;
      let done!: () => void;
      const stopped = new Promise<void>((r) => (done = r));
      const cy = cytoscape({
        container,
        elements,
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(name)',
              'font-size': 11,
              width: 30,
              height: 30,
              'text-valign': 'bottom',
              'text-wrap': 'wrap',
              'text-max-width': '130px',
            },
          },
          {
            selector: 'edge',
            style: many
              ? { 'curve-style': 'haystack', width: 1.2 }
              : { 'curve-style': 'bezier', width: 1.2, 'target-arrow-shape': 'triangle' },
          },
        ],
        layout: { ...layout, stop: () => done() },
      });
      await stopped;
      await frame();
      await frame();
      return { draw: performance.now() - t0, nodes: cy.nodes().length };
    },
    { data, layout, size },
  );
  if (result.nodes !== data.nodes.length) throw new Error(`the baseline drew ${result.nodes} of ${data.nodes.length} nodes`);
  const frames = await gestureFrameMs(page, '#cy');
  await page.close();
  return { draw: result.draw, frames };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return `${line(head)}\n${rows.map(line).join('\n')}\n`;
}

/** Each side RUNS times, alternating which goes first so warm-up and noise fall on all; medians of draw and frame times. */
async function alternate(sides: ((seed: number) => Promise<Timing>)[]): Promise<{ draw: number; frames: number }[]> {
  const timings: Timing[][] = sides.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    const seed = 1000 + run;
    for (let k = 0; k < sides.length; k++) {
      const i = (k + run) % sides.length;
      timings[i]!.push(await sides[i]!(seed));
    }
  }
  return timings.map((ts) => ({ draw: median(ts.map((t) => t.draw)), frames: median(ts.map((t) => t.frames)) }));
}

async function layoutTable(browser: Browser, base: string, size: { width: number; height: number }): Promise<string> {
  const rows: string[][] = [];
  for (const elements of SIZES) {
    const data = syntheticGraph(elements);
    const [a, p] = await alternate([
      (seed) => timeApp(browser, base, data, seed),
      (seed) => timeBaseline(browser, base, data, seed, size),
    ]);
    rows.push([
      String(elements),
      `${data.nodes.length}/${data.edges.length}`,
      a!.draw.toFixed(0),
      p!.draw.toFixed(0),
      (a!.draw / p!.draw).toFixed(2),
      a!.frames.toFixed(1),
      p!.frames.toFixed(1),
      (a!.frames / p!.frames).toFixed(2),
    ]);
  }
  const head = ['elements', 'nodes/edges', 'app ms', 'plain ms', 'ratio', 'app ms/frame', 'plain ms/frame', 'frame ratio'];
  return `viewer: data → drawn, laid-out graph (fcose), median of ${RUNS} runs, canvas ${size.width}×${size.height}\n${table(head, rows)}`;
}

async function timelineTable(browser: Browser, base: string, fixture: TimelineFixture, size: { width: number; height: number }): Promise<string> {
  const data = fixture.drawn;
  const [t, a, p] = await alternate([
    (seed) => timeTimeline(browser, base, fixture, seed),
    (seed) => timeApp(browser, base, data, seed),
    (seed) => timeBaseline(browser, base, data, seed, size),
  ]);
  const rows = [
    ['timeline view: choose the series → first meeting drawn', t!],
    ['viewer.show(the same elements)', a!],
    ['plain Cytoscape (the same elements)', p!],
  ].map(([name, m]) => {
    const { draw, frames } = m as { draw: number; frames: number };
    return [name as string, draw.toFixed(0), (draw / a!.draw).toFixed(2), (draw / p!.draw).toFixed(2), frames.toFixed(1)];
  });
  const head = ['first draw of', 'ms', 'vs show', 'vs plain', 'ms/frame'];
  return (
    `timeline: first draw of a meeting of ${elementCount(data)} elements (${data.nodes.length}/${data.edges.length} nodes/edges, ` +
    `${fixture.steps[0]!.participants.length} participants marked new), median of ${RUNS} runs, canvas ${size.width}×${size.height}\n${table(head, rows)}`
  );
}

async function main(): Promise<void> {
  if (!['all', 'layout', 'renderers', 'timeline'].includes(PART)) throw new Error(`unknown part ${PART}: layout, renderers, timeline or all`);
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
  const fixture = PART === 'all' || PART === 'timeline' ? timelineFixture(TIMELINE_ELEMENTS) : null;
  const server = await startBenchServer(fixture);
  const browser = await launchChromium();
  try {
    const size = await canvasSize(browser, server.url);
    if (PART === 'all' || PART === 'renderers') {
      process.stdout.write(`${await rendererTable(
        browser,
        server.url,
        RUNS,
        (b) => newPage(b, 1),
        size,
        RENDERER_SIZE_ARG ?? RENDERER_SIZES,
        RENDERER_VARIANT_ARG ?? RENDERER_VARIANTS,
      )}\n\n`);
    }
    if (PART === 'all' || PART === 'layout') process.stdout.write(`${await layoutTable(browser, server.url, size)}\n`);
    if (fixture) process.stdout.write(`${await timelineTable(browser, server.url, fixture, size)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
