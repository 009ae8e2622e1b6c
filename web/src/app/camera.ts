/** Moving the view: centre on a node, fit a few elements or everything, zoom in steps. */
import type { Collection, Core } from 'cytoscape';

/**
 * Pans (never zooms) so the node is in the middle of the canvas: zooming in as well would
 * push the rest of the graph off the canvas.
 */
export function centreOn(cy: Core, id: string): void {
  const n = cy.getElementById(id);
  if (n.nonempty()) cy.animate({ center: { eles: n } }, { duration: 300, easing: 'ease-in-out-sine' });
}

/** Room kept between what is revealed and the canvas edge, in screen pixels. */
const REVEAL_MARGIN = 40;

/**
 * The smallest move that shows a node and its neighbourhood: nothing if they are already on
 * the canvas; else a pan just far enough, zooming out only if they do not fit at the
 * current zoom (never in), so the rest of the graph stays where the reader left it.
 */
export function revealTarget(
  bb: { x1: number; x2: number; y1: number; y2: number },
  view: { zoom: number; pan: { x: number; y: number }; width: number; height: number; minZoom: number },
): { zoom: number; pan: { x: number; y: number } } | null {
  const { width: w, height: h } = view;
  const room = (size: number) => Math.max(size - 2 * REVEAL_MARGIN, size / 2);
  const zoom = Math.max(view.minZoom, Math.min(view.zoom, room(w) / Math.max(bb.x2 - bb.x1, 1), room(h) / Math.max(bb.y2 - bb.y1, 1)));
  // Zooming out about the canvas centre, then the least shift that brings the box inside the margins.
  const shift = (lo: number, hi: number, size: number, pan: number, half: number) => {
    const p = half - ((half - pan) / view.zoom) * zoom;
    const a = lo * zoom + p;
    const b = hi * zoom + p;
    const margin = Math.min(REVEAL_MARGIN, (size - (b - a)) / 2);
    if (a < margin) return p + (margin - a);
    if (b > size - margin) return p - (b - (size - margin));
    return p;
  };
  const pan = { x: shift(bb.x1, bb.x2, w, view.pan.x, w / 2), y: shift(bb.y1, bb.y2, h, view.pan.y, h / 2) };
  const moved = Math.abs(pan.x - view.pan.x) > 0.5 || Math.abs(pan.y - view.pan.y) > 0.5 || Math.abs(zoom - view.zoom) > 1e-6;
  return moved ? { zoom, pan } : null;
}

/** Brings a node and its neighbourhood into view gently (see revealTarget). */
export function reveal(cy: Core, id: string): void {
  const n = cy.getElementById(id);
  if (n.empty()) return;
  const bb = n.closedNeighborhood().filter(':visible').boundingBox({});
  const target = revealTarget(bb, { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height(), minZoom: cy.minZoom() });
  if (target) cy.animate(target, { duration: 400, easing: 'ease-in-out-sine' });
}

/** Fits a few elements (a path) without zooming in past a comfortable reading size. */
export function fitTo(cy: Core, eles: Collection): void {
  if (eles.empty()) return;
  const bb = eles.boundingBox({});
  const zoom = Math.min(1.3, (cy.width() - 120) / Math.max(bb.w, 1), (cy.height() - 120) / Math.max(bb.h, 1));
  cy.animate({ zoom, center: { eles } }, { duration: 300 });
}

export function fitAll(cy: Core): void {
  cy.animate({ fit: { eles: cy.elements(':visible'), padding: 30 } }, { duration: 250 });
}

/** Zooms about the middle of the canvas, within the zoom limits. */
export function zoomBy(cy: Core, factor: number): void {
  const ext = cy.extent();
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.animate({ zoom: { level, position: { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 } } }, { duration: 150 });
}
