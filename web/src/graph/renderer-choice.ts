/**
 * Which renderer draws the graph: Cytoscape's WebGL mode (3.31+, `renderer: { name:
 * 'canvas', webgl: true }`) for big views, where on a GPU it draws a frame for much less
 * main-thread time; the plain canvas renderer for small ones, where WebGL buys nothing and
 * its first draw (building texture atlases) costs more. bench/viewer.ts measures both; our
 * machines only have a software GL, so WEBGL_ABOVE is a judgement, not a measured crossover.
 *
 * The choice follows the number of elements drawn, so the instance is created on canvas and
 * moves to WebGL when a view grows past WEBGL_ABOVE, back when it shrinks below CANVAS_BELOW
 * (apart, so a view near the line does not flip at every expansion). `?renderer=webgl`,
 * `?renderer=canvas` or `?renderer=auto` in the URL overrides it and is remembered in
 * localStorage (the page rewrites its URL, so a parameter alone would not survive a reload).
 * Without WebGL 2 in the browser it stays on canvas whatever is asked; with a software GL
 * (SwiftShader, llvmpipe: the CPU draws, as in headless Chromium) `auto` stays on canvas too,
 * because there WebGL measured slower than canvas, both to first draw and while moving.
 *
 * WebGL mode's limits in 3.34 (cytoscape.js #3305 and the WebGL preview post): nodes and
 * labels are drawn by the canvas code into textures, so they look the same; edges are
 * straight, bezier or haystack lines with triangle arrows only (no dashes); the viewer's
 * stylesheet uses nothing beyond that. It ignores min-zoomed-font-size: every label is
 * rasterised, even zoomed far out, which is most of its first-draw time on big views.
 */
import type { Core } from 'cytoscape';

export type RendererMode = 'auto' | 'webgl' | 'canvas';
export type RendererName = 'webgl' | 'canvas';

export const WEBGL_ABOVE = 4000;
export const CANVAS_BELOW = 2000;
const SETTING = 'kg.renderer';

function isMode(value: string | null): value is RendererMode {
  return value === 'auto' || value === 'webgl' || value === 'canvas';
}

/** The URL's `renderer` parameter (remembered), else the remembered setting, else auto. */
export function requestedMode(search: string, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): RendererMode {
  const asked = new URLSearchParams(search).get('renderer');
  try {
    if (isMode(asked)) {
      if (asked === 'auto') storage?.removeItem(SETTING);
      else storage?.setItem(SETTING, asked);
      return asked;
    }
    const saved = storage?.getItem(SETTING) ?? null;
    return isMode(saved) ? saved : 'auto';
  } catch {
    // Storage refused (private mode, quota): the URL still counts for this page.
    return isMode(asked) ? asked : 'auto';
  }
}

export interface WebglSupport {
  /** A WebGL 2 context can be made (Cytoscape's WebGL mode needs version 2). */
  webgl2: boolean;
  /** Its renderer draws on the CPU. */
  software: boolean;
  /** What the GL says it is (WEBGL_debug_renderer_info), when it says. */
  gl: string | null;
}

/** GL renderer names of CPU rasterisers: SwiftShader (Chromium), llvmpipe/softpipe (Mesa), Microsoft Basic Render Driver. */
export function isSoftwareGl(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

/** The renderer a view of `elements` should have, given what draws it now (for the gap between the thresholds). */
export function rendererFor(mode: RendererMode, elements: number, current: RendererName, support: WebglSupport): RendererName {
  if (!support.webgl2 || mode === 'canvas') return 'canvas';
  if (mode === 'webgl') return 'webgl';
  if (support.software) return 'canvas';
  if (elements > WEBGL_ABOVE) return 'webgl';
  if (elements < CANVAS_BELOW) return 'canvas';
  return current;
}

/** What WebGL this browser offers, from a throwaway context. */
export function probeWebgl(doc: Document = document): WebglSupport {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return { webgl2: false, software: false, gl: null };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    // Browsers cap live contexts: give this probe's back at once.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: true, software: name !== null && isSoftwareGl(name), gl: name };
  } catch {
    return { webgl2: false, software: false, gl: null };
  }
}

/** The parts of Core that cy.mount() uses to replace its renderer; not in Cytoscape's typings. */
interface RendererControl {
  stopAnimationLoop(): void;
  startAnimationLoop(): void;
  destroyRenderer(): void;
  initRenderer(options: Record<string, unknown>): void;
}

/**
 * Replaces the instance's renderer as cy.mount() does: the animation loop lives on the
 * renderer, so it is stopped and restarted with it; and the elements are restyled, because
 * dropping the old renderer wipes their edge geometry and label measures, which the new one
 * does not recompute by itself (without this, WebGL drew the nodes but few edges, no labels).
 */
function switchRenderer(cy: Core, to: RendererName): void {
  const options = (cy as unknown as { options(): Record<string, unknown> & { renderer?: Record<string, unknown> } }).options();
  const core = cy as unknown as RendererControl;
  core.stopAnimationLoop();
  core.destroyRenderer();
  core.initRenderer({ ...options, ...options.renderer, name: 'canvas', webgl: to === 'webgl' });
  core.startAnimationLoop();
  (cy.elements() as unknown as { updateStyle(): void }).updateStyle(); // documented (eles.updateStyle), not typed
}

/**
 * Keeps `cy` on the renderer its size calls for, from now on. Created empty on canvas, it
 * moves once the elements are in: the switch waits for the end of the current task (an add
 * of 50,000 elements fires 50,000 events) and for running animations to end (replacing the
 * renderer drops them). The container's data-renderer attribute says which one draws.
 */
export function chooseRenderer(cy: Core, mode: RendererMode = requestedMode(location.search, localStorageOrNull())): Core {
  const container = cy.container();
  const support = probeWebgl();
  let current: RendererName = 'canvas';
  let count = cy.elements().length;
  let scheduled = false;
  const mark = () => container?.setAttribute('data-renderer', current);

  const settle = () => {
    scheduled = false;
    if (cy.destroyed()) return;
    const wanted = rendererFor(mode, count, current, support);
    if (wanted === current) return;
    if (cy.elements(':animated').nonempty()) {
      schedule(100);
      return;
    }
    switchRenderer(cy, wanted);
    current = wanted;
    mark();
  };
  const schedule = (delay = 0) => {
    if (scheduled) return;
    scheduled = true;
    if (delay) window.setTimeout(settle, delay);
    else queueMicrotask(settle);
  };

  cy.on('add', () => {
    count++;
    schedule();
  });
  cy.on('remove', () => {
    count--;
    schedule();
  });
  mark();
  settle();
  return cy;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
