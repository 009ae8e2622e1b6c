/**
 * Cytoscape's WebGL mode and its big-graph viewport options (textureOnViewport: pan and
 * zoom move a bitmap of the graph; hideEdgesOnViewport) against its plain canvas renderer, in the same headless Chromium,
 * on the same page, with the viewer's stylesheet and elements (to-elements.ts): the time
 * from creating the instance to its first drawn frame, and the frame rate while a script
 * pans and zooms for a few seconds. Positions are precomputed (preset, a sunflower spiral):
 * no layout is timed. Each side gets a fresh page (Cytoscape's WebGL mode changes a
 * renderer-wide setting, so the two must not share one).
 *
 * The gesture is user input, synthesised in the page: a mouse drag from the background in
 * the corner round a 200 px circle, then the wheel zooming in to 4× and back out at the
 * centre. Input, not cy.viewport(), because the viewport options only react to a user's
 * gesture (Cytoscape checks its drag and wheel state, not the viewport). Frames are counted
 * with requestAnimationFrame, one input event per frame, so every frame must be redrawn;
 * Cytoscape's own redraw count is read too, to show that it did. fps is frames over the
 * whole gesture (the texture variant pays one full draw to make its bitmap at each start of
 * a gesture, and a full redraw when it stops); steady fps is 1000 / the median frame time.
 */
import type { Browser, Page } from 'playwright-core';
import type { ElementDefinition, StylesheetStyle } from 'cytoscape';
import { stylesheet } from '../web/src/graph/stylesheet.js';
import { edgeLabelSize } from '../web/src/graph/edge-label-size.js';
import { edgeElement, nodeElement } from '../web/src/graph/to-elements.js';
import { spiralPositions, syntheticGraph } from './synthetic-graph.js';

export const RENDERER_SIZES = [5000, 20000, 50000];
const GESTURE_SECONDS = 4;
/** The viewer switches its edges to cheap haystack lines above this many elements (app/graph-sync.ts). */
const FAST_EDGES_ABOVE = 2000;

/**
 * 'webgl-unlabelled': WebGL with labels off, because WebGL mode ignores min-zoomed-font-size
 * and rasterises every label. 'canvas+texture' and 'canvas+hide': the canvas renderer with
 * Cytoscape's big-graph options (WebGL mode replaces the canvas render function whole and
 * ignores them, so they have no WebGL variant). Both also drop motion blur and draw at
 * pixel ratio 1, as Cytoscape's performance notes advise for big graphs.
 */
export const RENDERER_VARIANTS = ['canvas', 'canvas+texture', 'canvas+hide', 'canvas+viewer', 'webgl', 'webgl-unlabelled'] as const;
export type RendererName = (typeof RENDERER_VARIANTS)[number];
const VIEWPORT_OPTIONS: Partial<Record<RendererName, Record<string, unknown>>> = {
  'canvas+texture': { textureOnViewport: true, motionBlur: false, pixelRatio: 1 },
  'canvas+hide': { hideEdgesOnViewport: true, motionBlur: false, pixelRatio: 1 },
  // What create-cy.ts gives the viewer (its pixel ratio is min(devicePixelRatio, 1.5): 1 here).
  'canvas+viewer': { textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false, pixelRatio: 1 },
};

export interface RendererTiming {
  firstDrawMs: number;
  fps: number;
  steadyFps: number;
  redrawsPerSecond: number;
  /** The gesture took effect: how far the drag panned (px) and the largest zoom reached / the fitted one. */
  pannedPx: number;
  zoomedBy: number;
  webglActive: boolean;
  glRenderer: string | null;
}

function elementsFor(size: number): ElementDefinition[] {
  const data = syntheticGraph(size);
  const positions = spiralPositions(data);
  const fast = size > FAST_EDGES_ABOVE;
  return [
    ...data.nodes.map((n) => ({ ...nodeElement(n), position: positions[n.id]! })),
    ...data.edges.map((e) => ({ ...edgeElement(e), classes: fast ? 'fast' : '' })),
  ];
}

interface PageArgs {
  elements: ElementDefinition[];
  style: StylesheetStyle[];
  webgl: boolean;
  options: Record<string, unknown>;
  seconds: number;
  size: { width: number; height: number };
}

/** Runs in the page (baseline.html: Cytoscape's UMD build, nothing of the app). */
async function measureInPage({ elements, style, webgl, options, seconds, size }: PageArgs): Promise<RendererTiming> {
  interface Renderer {
    redrawCount?: number;
    webgl?: boolean;
  }
  interface Cy {
    renderer: () => Renderer;
    zoom: () => number;
    pan: () => { x: number; y: number };
    viewport: (v: { zoom: number; pan: { x: number; y: number } }) => void;
    on: (events: string, handler: () => void) => void;
  }
  const cytoscape = (window as unknown as { cytoscape: (o: unknown) => Cy }).cytoscape;
  const container = document.getElementById('cy')!;
  container.style.width = `${size.width}px`;
  container.style.height = `${size.height}px`;
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

  const t0 = performance.now();
  const cy = cytoscape({
    container,
    elements,
    style,
    layout: { name: 'preset', fit: true, padding: 30 },
    renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
    ...options,
  });
  const r = cy.renderer();
  // This loop was registered after Cytoscape's own, so it runs after Cytoscape's draw in each frame.
  while (!(r.redrawCount! >= 1)) await frame();
  // One frame more: the first drawn frame has been handed to the compositor.
  await frame();
  const firstDrawMs = performance.now() - t0;

  const z0 = cy.zoom();
  const centre = { x: size.width / 2, y: size.height / 2 };
  const box = container.getBoundingClientRect();
  const at = (x: number, y: number) => ({ clientX: box.left + x, clientY: box.top + y, button: 0, buttons: 1, bubbles: true, cancelable: true });
  // The preset fit leaves the corners empty (the spiral is a disc): a drag from there pans.
  const corner = { x: 4, y: 4 };
  const target = () => container.querySelector('canvas') ?? container;
  const p0 = { ...cy.pan() }; // a copy: cy.pan() may hand out its live object
  let pannedPx = 0;
  let zoomedBy = 1;
  cy.on('pan', () => {
    pannedPx = Math.max(pannedPx, Math.hypot(cy.pan().x - p0.x, cy.pan().y - p0.y));
  });
  cy.on('zoom', () => {
    zoomedBy = Math.max(zoomedBy, cy.zoom() / z0);
  });
  // Cytoscape clamps its first 4 wheel events to a small step while it samples the device's
  // deltas: spend them here, back and forth, so the gesture's wheel zooms as asked.
  for (const deltaY of [2, -2, 2, -2]) target().dispatchEvent(new WheelEvent('wheel', { ...at(centre.x, centre.y), deltaY, deltaMode: 0 }));
  cy.viewport({ zoom: z0, pan: p0 });
  await new Promise((done) => setTimeout(done, 200)); // past the wheel's 150 ms "zooming" state
  await frame();
  zoomedBy = 1;
  pannedPx = 0;
  const redraws0 = r.redrawCount!;
  const ticks: number[] = [];
  const start = await frame();
  target().dispatchEvent(new MouseEvent('mousedown', at(corner.x, corner.y)));
  let dragging = true;
  // At least MIN_FRAMES frames, however slow they are, half of them dragging and half
  // wheeling: progress is by time, or by frame count when frames take longer than that.
  const MIN_FRAMES = 8;
  for (let now = start; now - start < seconds * 1000 || ticks.length < MIN_FRAMES; now = await frame()) {
    ticks.push(now);
    const t = Math.min(1, (now - start) / (seconds * 1000), (ticks.length - 1) / MIN_FRAMES);
    if (t < 0.5) {
      const angle = 4 * Math.PI * t;
      window.dispatchEvent(new MouseEvent('mousemove', at(corner.x + 200 * (Math.cos(angle) - 1) + 200, corner.y + 200 * Math.sin(angle))));
    } else {
      if (dragging) {
        window.dispatchEvent(new MouseEvent('mouseup', at(corner.x, corner.y)));
        dragging = false;
      }
      // Cytoscape multiplies the zoom by 10^(-deltaY / 250) per wheel event.
      const wanted = z0 * Math.pow(4, Math.sin(Math.PI * (2 * t - 1)) ** 2);
      const deltaY = -250 * Math.log10(wanted / cy.zoom());
      if (Math.abs(deltaY) > 1e-6) target().dispatchEvent(new WheelEvent('wheel', { ...at(centre.x, centre.y), deltaY, deltaMode: 0 }));
    }
  }
  if (dragging) window.dispatchEvent(new MouseEvent('mouseup', at(corner.x, corner.y)));
  const elapsed = (ticks.at(-1)! - ticks[0]!) / 1000;
  const frameTimes = ticks.slice(1).map((tick, i) => tick - ticks[i]!);
  const redraws = r.redrawCount! - redraws0;

  const glCanvas = container.querySelector<HTMLCanvasElement>('canvas[data-id="layer3-webgl"]');
  const gl = glCanvas?.getContext('webgl2') ?? null;
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return {
    firstDrawMs,
    fps: (ticks.length - 1) / elapsed,
    steadyFps: 1000 / frameTimes.sort((a, b) => a - b)[Math.floor(frameTimes.length / 2)]!,
    redrawsPerSecond: redraws / elapsed,
    pannedPx,
    zoomedBy,
    webglActive: r.webgl === true,
    glRenderer: gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null,
  };
}

/**
 * The viewer's stylesheet as plain data for page.evaluate: the edges' font-size is a
 * function of the zoom (edge-label-size.ts), which cannot cross into the page; it becomes
 * its value zoomed far out, where these big views are fitted (zoom well under 0.1).
 */
function serialisableStylesheet(): StylesheetStyle[] {
  const zoomedOut = edgeLabelSize(0.01);
  return stylesheet().map((rule) => {
    const entries = Object.entries(rule.style as Record<string, unknown>).map(([k, v]) => {
      if (typeof v !== 'function') return [k, v];
      if (k !== 'font-size') throw new Error(`stylesheet ${rule.selector}: ${k} is a function the bench cannot pass on`);
      return [k, zoomedOut];
    });
    return { ...rule, style: Object.fromEntries(entries) } as StylesheetStyle;
  });
}

/** One measurement on a fresh page of baseline.html (served by bench/viewer.ts). */
export async function timeRenderer(
  page: Page,
  base: string,
  elements: ElementDefinition[],
  renderer: RendererName,
  size: { width: number; height: number },
): Promise<RendererTiming> {
  await page.goto(`${base}/baseline.html`);
  const style = serialisableStylesheet();
  if (renderer === 'webgl-unlabelled') style.push({ selector: 'node, edge', style: { label: '' } });
  const webgl = renderer.startsWith('webgl');
  const timing = await page.evaluate(measureInPage, {
    elements,
    style,
    webgl,
    options: VIEWPORT_OPTIONS[renderer] ?? {},
    seconds: GESTURE_SECONDS,
    size,
  });
  if (timing.webglActive !== webgl)
    throw new Error(`asked for ${renderer}, Cytoscape drew with ${timing.webglActive ? 'webgl' : 'canvas'}`);
  // A drag that grabbed a node, or wheel events Cytoscape ignored, would time an idle canvas.
  if (timing.pannedPx < 50 || timing.zoomedBy < 1.5)
    throw new Error(`${renderer}: the gesture did not move the view (panned ${timing.pannedPx.toFixed(0)} px, zoomed ×${timing.zoomedBy.toFixed(2)})`);
  if (webgl && !timing.glRenderer) throw new Error('WebGL mode without a WebGL2 context');
  return timing;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The table: medians over `runs`, variant/canvas ratios from the same run. */
export async function rendererTable(
  browser: Browser,
  base: string,
  runs: number,
  newPage: (browser: Browser) => Promise<Page>,
  size: { width: number; height: number },
  sizes: number[] = RENDERER_SIZES,
  variants: readonly RendererName[] = RENDERER_VARIANTS,
): Promise<string> {
  if (!variants.includes('canvas')) variants = ['canvas', ...variants]; // the baseline of every ratio
  const rows: string[][] = [];
  let glRenderer: string | null = null;
  for (const elements of sizes) {
    const els = elementsFor(elements);
    const nodes = els.filter((e) => e.group === 'nodes').length;
    const timings = new Map<RendererName, RendererTiming[]>(variants.map((v) => [v, []]));
    for (let run = 0; run < runs; run++) {
      // Rotate which side goes first so warm-up and noise fall on all.
      const order = variants.map((_, i) => variants[(i + run) % variants.length]!);
      for (const renderer of order) {
        const page = await newPage(browser);
        try {
          const t = await timeRenderer(page, base, els, renderer, size);
          timings.get(renderer)!.push(t);
          glRenderer ??= t.glRenderer;
          process.stderr.write(
            `  ${elements} ${renderer}: first draw ${t.firstDrawMs.toFixed(0)} ms, ${t.fps.toFixed(1)} fps, steady ${t.steadyFps.toFixed(1)} fps\n`,
          );
        } finally {
          await page.close();
        }
      }
    }
    const m = (r: RendererName, k: 'firstDrawMs' | 'fps' | 'steadyFps' | 'redrawsPerSecond') => median(timings.get(r)!.map((t) => t[k]));
    const ratio = (r: RendererName, k: 'firstDrawMs' | 'fps' | 'steadyFps') => (m(r, k) / m('canvas', k)).toFixed(2);
    for (const v of variants) {
      rows.push([
        String(elements),
        `${nodes}/${elements - nodes}`,
        v,
        m(v, 'firstDrawMs').toFixed(0),
        ratio(v, 'firstDrawMs'),
        m(v, 'fps').toFixed(2),
        ratio(v, 'fps'),
        m(v, 'steadyFps').toFixed(2),
        ratio(v, 'steadyFps'),
        m(v, 'redrawsPerSecond').toFixed(2),
      ]);
    }
  }
  const head = ['elements', 'nodes/edges', 'variant', '1st ms', '×canvas', 'fps', '×canvas', 'steady fps', '×canvas', 'redraws/s'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [
    `renderers: Cytoscape canvas vs its big-graph options and WebGL mode, viewer stylesheet, preset positions (no layout timed), median of ${runs} runs, ${size.width}×${size.height}`,
    `  1st: cytoscape() to its first drawn frame handed over; fps: requestAnimationFrame ticks during a ${GESTURE_SECONDS} s synthesised mouse drag-pan then wheel zoom (1×→4×→1×)`,
    `  steady fps: 1000 / median frame time; ×canvas: variant/canvas from the same runs`,
    `  canvas: Cytoscape's defaults; canvas+texture: textureOnViewport; canvas+hide: hideEdgesOnViewport; canvas+viewer: both, as create-cy.ts`,
    `  (the three with motionBlur off, pixelRatio 1); webgl-unlabelled: WebGL, labels off`,
    `  GL backend: ${glRenderer ?? 'none'}`,
    line(head),
    ...rows.map(line),
  ].join('\n');
}
