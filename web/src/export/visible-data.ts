/**
 * The data of the current view (what is drawn and not filtered away), in the API's own
 * shape, for the JSON and GraphML exports and the text twin.
 */
import type { Core } from 'cytoscape';
import type { Citation, GraphEdge, GraphNode } from '../api/types.js';

export interface ViewNode extends GraphNode {
  position: { x: number; y: number };
}

export interface ViewData {
  nodes: ViewNode[];
  edges: GraphEdge[];
}

export function visibleData(cy: Core): ViewData {
  const nodes = cy.nodes(':visible').map((n) => ({
    id: n.id(),
    label: n.data('type') as string,
    name: n.data('name') as string,
    properties: (n.data('props') ?? {}) as Record<string, unknown>,
    position: { x: Math.round(n.position('x')), y: Math.round(n.position('y')) },
  }));
  const edges = cy.edges(':visible').map((e) => ({
    id: e.id(),
    type: e.data('type') as string,
    source: e.source().id(),
    target: e.target().id(),
    properties: (e.data('props') ?? {}) as Record<string, unknown>,
    evidence: (e.data('evidence') ?? []) as Citation[],
  }));
  return { nodes, edges };
}
