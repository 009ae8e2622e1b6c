/**
 * The main thread's side of layout-worker.ts: sends the visible graph, waits for positions,
 * and moves the nodes there. A newer request supersedes an older one (its answer is ignored),
 * so a user who keeps expanding never sees a stale layout land.
 */
import type { Collection, Core } from 'cytoscape';
import type { LayoutRequest, LayoutResponse } from './layout-worker.js';

let worker: Worker | null = null;
let latest = 0;
const pending = new Map<number, (r: LayoutResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
  }
  return worker;
}

/** Resolves true once the nodes stand where the worker put them, false if superseded. */
export async function layoutInWorker(cy: Core, eles: Collection, options: Record<string, unknown>): Promise<boolean> {
  const id = ++latest;
  const nodes = eles.nodes().map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), w: n.outerWidth(), h: n.outerHeight() }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = eles
    .edges()
    .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }))
    .filter((e) => ids.has(e.source) && ids.has(e.target));
  const request: LayoutRequest = { id, nodes, edges, options };
  const answer = await new Promise<LayoutResponse>((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage(request);
  });
  if (answer.error) throw new Error(`layout failed: ${answer.error}`);
  if (id !== latest) return false;
  cy.batch(() => {
    eles.nodes().forEach((n) => {
      const p = answer.positions[n.id()];
      if (p && !n.removed()) n.position(p);
    });
  });
  cy.fit(eles, 30);
  return true;
}
