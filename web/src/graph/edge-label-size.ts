/**
 * Edge labels at a readable size on screen. A fixed font size in graph units reads ~7 px at
 * the zoom a fitted view of a few dozen nodes gets; instead the size follows the zoom so a
 * label stays about EDGE_LABEL_PX on screen over the usual range of zooms, grows a little
 * when zoomed far in, and shrinks (then hides, see min-zoomed-font-size in stylesheet.ts)
 * when zoomed far out, where a label per edge would only be clutter.
 */
import type { Core, EdgeSingular } from 'cytoscape';

/** Target on-screen size, as the node labels (11 px at zoom 1). */
export const EDGE_LABEL_PX = 11;
/**
 * Graph-unit bounds: zoomed in past 11/6 labels grow with the zoom; zoomed out past 11/15
 * they shrink, and under 9 px (zoom 0.6, about where node labels go, at 7 px of 11) only the
 * selection's and the path's edges keep theirs.
 */
const MIN_UNITS = 6;
const MAX_UNITS = 15;

/** The font size (graph units) for a zoom level, in whole units so restyling happens in steps. */
export function edgeLabelSize(zoom: number): number {
  return Math.min(MAX_UNITS, Math.max(MIN_UNITS, Math.round(EDGE_LABEL_PX / zoom)));
}

/** The stylesheet's font-size for edges: read from the zoom when the edge's style is computed. */
export function edgeFontSize(edge: EdgeSingular): number {
  return edgeLabelSize(edge.cy().zoom());
}

/**
 * Restyles the edges when the zoom has settled in another step (not on every wheel event:
 * edges are hidden while the view moves anyway, see hideEdgesOnViewport).
 */
export function keepEdgeLabelsReadable(cy: Core): void {
  let applied = edgeLabelSize(cy.zoom());
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('zoom', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const size = edgeLabelSize(cy.zoom());
      if (size === applied) return;
      // Large graphs draw edges without labels (edge.fast, see graph-sync.ts): nothing to restyle.
      if (cy.edges('.fast').nonempty()) return;
      applied = size;
      cy.style().update();
    }, 120);
  });
}
