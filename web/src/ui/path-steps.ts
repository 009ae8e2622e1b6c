/**
 * Orders a path's edges from one end to the other, whatever direction each relationship
 * points, so the steps read "A → B → C".
 */
import type { GraphData, GraphEdge, GraphNode } from '../api/types.js';

export interface PathStep {
  from: GraphNode;
  to: GraphNode;
  edge: GraphEdge;
  /** The relationship points from `from` to `to` (else it was written the other way). */
  forward: boolean;
}

export function pathSteps(data: GraphData, fromId: string): PathStep[] {
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const unused = new Set(data.edges);
  const steps: PathStep[] = [];
  let at = fromId;
  while (unused.size > 0) {
    const edge = [...unused].find((e) => e.source === at || e.target === at);
    if (!edge) break;
    unused.delete(edge);
    const forward = edge.source === at;
    const next = forward ? edge.target : edge.source;
    const from = nodes.get(at);
    const to = nodes.get(next);
    if (!from || !to) break;
    steps.push({ from, to, edge, forward });
    at = next;
  }
  return steps;
}
