/** The whole current view (not just the visible viewport) as a PNG, at twice the screen scale for print. */
import type { Core } from 'cytoscape';

/** Browsers refuse canvases much beyond 16k px a side; keep well inside that. */
const MAX_SIDE = 8000;

export function viewPng(cy: Core): Blob {
  return cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: MAX_SIDE, maxHeight: MAX_SIDE }) as unknown as Blob;
}
