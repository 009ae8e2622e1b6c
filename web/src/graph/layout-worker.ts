/**
 * Runs fcose off the main thread, on a headless Cytoscape, for graphs too large to lay out
 * without freezing the page: the user can keep panning, zooming and searching meanwhile.
 * Gets node boxes, current positions, edges and fcose options; answers with positions.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

export interface LayoutRequest {
  id: number;
  nodes: { id: string; x: number; y: number; w: number; h: number }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
}

export interface LayoutResponse {
  id: number;
  positions: Record<string, { x: number; y: number }>;
  error?: string;
}

cytoscape.use(fcose);

const scope = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage: (m: LayoutResponse) => void };

scope.onmessage = (e) => {
  const req = e.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      elements: [
        ...req.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
        ...req.edges.map((ed) => ({ group: 'edges' as const, data: ed })),
      ],
    });
    const layout = cy.layout({ ...req.options, animate: false, fit: false } as LayoutOptions);
    layout.one('layoutstop', () => {
      const positions: LayoutResponse['positions'] = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = n.position();
      });
      cy.destroy();
      scope.postMessage({ id: req.id, positions });
    });
    layout.run();
  } catch (err) {
    scope.postMessage({ id: req.id, positions: {}, error: (err as Error).message });
  }
};
