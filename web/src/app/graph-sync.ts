/**
 * The drawn graph as a function of the view state and of what has been fetched: the opened
 * nodes, the neighbours of the expanded ones and the path, minus what the user hid.
 * fetchMissing() asks the API for what the state needs and the pool lacks; sync() adds and
 * removes the difference on the canvas.
 */
import type { Core } from 'cytoscape';
import * as api from '../api/graph-api.js';
import type { GraphData } from '../api/types.js';
import { placeNewNodes } from '../graph/placement.js';
import { edgeElement, nodeElement } from '../graph/to-elements.js';
import { GraphPool } from './graph-pool.js';
import type { ViewState } from './view-state.js';

/** Per expansion; more than this and the picture stops being readable anyway. */
export const NEIGHBOUR_LIMIT = 150;
/** Above this many elements edges are drawn as cheap haystacks without arrowheads. */
const FAST_EDGES_ABOVE = 2000;
/** Requests at a time when replaying a long shared link. */
const PARALLEL = 6;

export class GraphSync {
  readonly pool = new GraphPool();
  /** The answer for state.path, once fetched (null: none asked, or no path exists). */
  path: GraphData | null = null;

  constructor(private readonly cy: Core) {}

  async fetchMissing(state: ViewState): Promise<void> {
    const ids = [...new Set([...state.open, ...state.expanded])].filter((id) => !this.pool.hasNeighbourhood(id));
    for (let i = 0; i < ids.length; i += PARALLEL) {
      await Promise.all(ids.slice(i, i + PARALLEL).map(async (id) => this.pool.add(await api.neighbourhood(id, 1, NEIGHBOUR_LIMIT), id)));
    }
    if (state.path && !this.path) {
      this.path = await api.shortestPath(state.path.from, state.path.to);
      if (this.path) this.pool.add(this.path);
    }
  }

  /** Does a node have neighbours on screen (from what the pool knows)? */
  joinsView(id: string): boolean {
    return this.pool.neighbourhood(id).nodes.some((n) => n.id !== id && this.cy.getElementById(n.id).nonempty());
  }

  private wanted(state: ViewState): Set<string> {
    const want = new Set<string>(state.open);
    for (const id of state.expanded) {
      want.add(id);
      for (const n of this.pool.neighbourhood(id).nodes) want.add(n.id);
    }
    for (const n of this.path?.nodes ?? []) want.add(n.id);
    for (const id of state.hidden) want.delete(id);
    for (const id of [...want]) if (!this.pool.node(id)) want.delete(id);
    return want;
  }

  /** Adds and removes the difference between the wanted graph and the drawn one; newcomers start near `anchor`. */
  sync(state: ViewState, anchor: string | null): { added: number; removed: number } {
    const want = this.wanted(state);
    const cy = this.cy;
    let added = 0;
    let removed = 0;
    cy.batch(() => {
      const gone = cy.nodes().filter((n) => !want.has(n.id()));
      removed = gone.length;
      gone.remove();
      const newIds = [...want].filter((id) => cy.getElementById(id).empty());
      const nodes = cy.add(newIds.map((id) => nodeElement(this.pool.node(id)!)));
      added = nodes.length;
      // Around every wanted node, not only the new ones: a path or an expansion can bring an
      // edge between two nodes that were already drawn (a shared link's rebuilt view drew
      // it, the view it was taken from did not).
      const edges = this.pool.edgesAround(want).filter((e) => want.has(e.source) && want.has(e.target) && cy.getElementById(e.id).empty());
      cy.add(edges.map(edgeElement));
      placeNewNodes(cy, nodes, anchor);
      cy.edges().toggleClass('fast', cy.elements().length > FAST_EDGES_ABOVE);
    });
    for (const id of state.expanded) cy.getElementById(id).addClass('expanded');
    return { added, removed };
  }
}
