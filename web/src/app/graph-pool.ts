/**
 * Everything fetched so far. Adding a node draws every known edge to the nodes already on
 * screen, whichever answer brought it, so the picture does not depend on the order in which
 * nodes were opened or expanded (and replaying a shared link gives the same graph).
 */
import type { GraphData, GraphEdge, GraphNode } from '../api/types.js';

export class GraphPool {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly edgesByNode = new Map<string, Set<string>>();
  /** Nodes whose whole neighbourhood (depth 1) is in the pool. */
  private readonly complete = new Set<string>();

  add(data: GraphData, completeFor?: string): void {
    for (const n of data.nodes) this.nodes.set(n.id, n);
    for (const e of data.edges) {
      this.edges.set(e.id, e);
      for (const end of [e.source, e.target]) {
        let set = this.edgesByNode.get(end);
        if (!set) this.edgesByNode.set(end, (set = new Set()));
        set.add(e.id);
      }
    }
    if (completeFor && !data.truncated) this.complete.add(completeFor);
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  hasNeighbourhood(id: string): boolean {
    return this.complete.has(id);
  }

  /** The pooled neighbours of a node and the edges to them. */
  neighbourhood(id: string): GraphData {
    const edges = [...(this.edgesByNode.get(id) ?? [])].map((e) => this.edges.get(e)!);
    const ids = new Set([id, ...edges.flatMap((e) => [e.source, e.target])]);
    return { nodes: [...ids].map((n) => this.nodes.get(n)).filter((n): n is GraphNode => n !== undefined), edges, truncated: false };
  }

  /** Edges touching any of `ids`, for drawing once both ends are present. */
  edgesAround(ids: Iterable<string>): GraphEdge[] {
    const out = new Map<string, GraphEdge>();
    for (const id of ids) for (const e of this.edgesByNode.get(id) ?? []) out.set(e, this.edges.get(e)!);
    return [...out.values()];
  }
}
