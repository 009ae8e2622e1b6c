/**
 * Cytoscape's WebGL mode against its plain canvas renderer, in the same headless Chromium,
 * on the same page, with the viewer's stylesheet and elements (to-elements.ts): the time
 * from creating the instance to its first drawn frame, and the frame rate while a script
 * pans and zooms for a few seconds. Positions are precomputed (preset, a sunflower spiral):
 * no layout is timed. Each side gets a fresh page (Cytoscape's WebGL mode changes a
 * renderer-wide setting, so the two must not share one).
 *
 * Frames are counted with requestAnimationFrame: at every frame the script moves the
 * viewport (zoom in to 4× and back out, while panning round a 200 px circle), so every
 * frame must be redrawn; Cytoscape's own redraw count is read too, to show that it did.
 */
import type { Browser, Page } from 'playwright-core';
import type { ElementDefinition, StylesheetStyle } from 'cytoscape';
import { stylesheet } from '../web/src/graph/stylesheet.js';
import { edgeElement, nodeElement } from '../web/src/graph/to-elements.js';
import { spiralPositions, syntheticGraph } from './synthetic-graph.js';

export const RENDERER_SIZES = [5000, 20000, 50000];
const GESTURE_SECONDS = 4;
/** The viewer switches its edges to cheap haystack lines above this many elements (app/graph-sync.ts). */
const FAST_EDGES_ABOVE = 2000;

/** 'webgl-unlabelled': WebGL with labels off, because WebGL mode ignores min-zoomed-font-size and rasterises every label. */
export type RendererName = 'canvas' | 'webgl' | 'webgl-unlabelled';
const VARIANTS: RendererName[] = ['canvas', 'webgl', 'webgl-unlabelled'];

export interface RendererTiming {
  firstDrawMs: number;
  fps: number;
  redrawsPerSecond: number;
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
  seconds: number;
  size: { width: number; height: number };
}

/** Runs in the page (baseline.html: Cytoscape's UMD build, nothing of the app). */
async function measureInPage({ elements, style, webgl, seconds, size }: PageArgs): Promise<RendererTiming> {
  interface Renderer {
    redrawCount?: number;
    webgl?: boolean;
  }
  interface Cy {
    renderer: () => Renderer;
    zoom: () => number;
    pan: () => { x: number; y: number };
    viewport: (v: { zoom: number; pan: { x: number; y: number } }) => void;
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
  });
  const r = cy.renderer();
  // This loop was registered after Cytoscape's own, so it runs after Cytoscape's draw in each frame.
  while (!(r.redrawCount! >= 1)) await frame();
  // One frame more: the first drawn frame has been handed to the compositor.
  await frame();
  const firstDrawMs = performance.now() - t0;

  const z0 = cy.zoom();
  const p0 = cy.pan();
  const centre = { x: size.width / 2, y: size.height / 2 };
  const model = { x: (centre.x - p0.x) / z0, y: (centre.y - p0.y) / z0 };
  const redraws0 = r.redrawCount!;
  const ticks: number[] = [];
  const start = await frame();
  // At least 3 frames, however slow they are, so there is a rate to report.
  for (let now = start; now - start < seconds * 1000 || ticks.length < 3; now = await frame()) {
    ticks.push(now);
    const t = (now - start) / (seconds * 1000);
    const zoom = z0 * Math.pow(4, Math.sin(Math.PI * t) ** 2);
    const angle = 2 * Math.PI * t;
    cy.viewport({
      zoom,
      pan: { x: centre.x - model.x * zoom + 200 * (Math.cos(angle) - 1), y: centre.y - model.y * zoom + 200 * Math.sin(angle) },
    });
  }
  const elapsed = (ticks.at(-1)! - ticks[0]!) / 1000;
  const redraws = r.redrawCount! - redraws0;

  const glCanvas = container.querySelector<HTMLCanvasElement>('canvas[data-id="layer3-webgl"]');
  const gl = glCanvas?.getContext('webgl2') ?? null;
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return {
    firstDrawMs,
    fps: (ticks.length - 1) / elapsed,
    redrawsPerSecond: redraws / elapsed,
    webglActive: r.webgl === true,
    glRenderer: gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null,
  };
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
  const style = stylesheet();
  if (renderer === 'webgl-unlabelled') style.push({ selector: 'node, edge', style: { label: '' } });
  const webgl = renderer !== 'canvas';
  const timing = await page.evaluate(measureInPage, {
    elements,
    style,
    webgl,
    seconds: GESTURE_SECONDS,
    size,
  });
  if (timing.webglActive !== webgl)
    throw new Error(`asked for ${renderer}, Cytoscape drew with ${timing.webglActive ? 'webgl' : 'canvas'}`);
  if (webgl && !timing.glRenderer) throw new Error('WebGL mode without a WebGL2 context');
  return timing;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The table: medians over `runs`, WebGL/canvas ratios from the same run. */
export async function rendererTable(
  browser: Browser,
  base: string,
  runs: number,
  newPage: (browser: Browser) => Promise<Page>,
  size: { width: number; height: number },
): Promise<string> {
  const rows: string[][] = [];
  let glRenderer: string | null = null;
  for (const elements of RENDERER_SIZES) {
    const els = elementsFor(elements);
    const nodes = els.filter((e) => e.group === 'nodes').length;
    const timings: Record<RendererName, RendererTiming[]> = { canvas: [], webgl: [], 'webgl-unlabelled': [] };
    for (let run = 0; run < runs; run++) {
      // Rotate which side goes first so warm-up and noise fall on all.
      const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]!);
      for (const renderer of order) {
        const page = await newPage(browser);
        try {
          const t = await timeRenderer(page, base, els, renderer, size);
          timings[renderer].push(t);
          glRenderer ??= t.glRenderer;
          process.stderr.write(`  ${elements} ${renderer}: first draw ${t.firstDrawMs.toFixed(0)} ms, ${t.fps.toFixed(1)} fps\n`);
        } finally {
          await page.close();
        }
      }
    }
    const m = (r: RendererName, k: keyof Pick<RendererTiming, 'firstDrawMs' | 'fps' | 'redrawsPerSecond'>) =>
      median(timings[r].map((t) => t[k]));
    const ratio = (r: RendererName, k: 'firstDrawMs' | 'fps') => (m(r, k) / m('canvas', k)).toFixed(2);
    const fps = (r: RendererName) => `${m(r, 'fps').toFixed(1)} (${m(r, 'redrawsPerSecond').toFixed(1)})`;
    rows.push([
      String(elements),
      `${nodes}/${elements - nodes}`,
      m('canvas', 'firstDrawMs').toFixed(0),
      m('webgl', 'firstDrawMs').toFixed(0),
      ratio('webgl', 'firstDrawMs'),
      m('webgl-unlabelled', 'firstDrawMs').toFixed(0),
      ratio('webgl-unlabelled', 'firstDrawMs'),
      fps('canvas'),
      fps('webgl'),
      ratio('webgl', 'fps'),
      fps('webgl-unlabelled'),
      ratio('webgl-unlabelled', 'fps'),
    ]);
  }
  const head = [
    'elements',
    'nodes/edges',
    'canvas 1st ms',
    'webgl 1st ms',
    'ratio',
    'webgl-nolabel 1st ms',
    'ratio',
    'canvas fps (redraws/s)',
    'webgl fps',
    'ratio',
    'webgl-nolabel fps',
    'ratio',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [
    `renderers: Cytoscape canvas vs canvas+WebGL (webgl: true), viewer stylesheet, preset positions (no layout timed), median of ${runs} runs, ${size.width}×${size.height}`,
    `  1st: cytoscape() to its first drawn frame handed over; fps: requestAnimationFrame ticks during a ${GESTURE_SECONDS} s scripted zoom (1×→4×→1×) and pan`,
    `  ratios are variant/canvas from the same runs; webgl-nolabel: WebGL with labels off (WebGL mode ignores min-zoomed-font-size)`,
    `  GL backend: ${glRenderer ?? 'none'}`,
    line(head),
    ...rows.map(line),
  ].join('\n');
}
