/** Moving the view: centre on a node, fit a few elements or everything, zoom in steps. */
import type { Collection, Core } from 'cytoscape';

export function centreOn(cy: Core, id: string): void {
  const n = cy.getElementById(id);
  if (n.nonempty()) cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 300 });
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
