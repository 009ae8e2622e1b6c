/**
 * One Cytoscape instance with the options that keep 5,000 elements responsive: while the
 * user pans or zooms, the canvas is moved as a texture and edges are not drawn
 * (textureOnViewport, hideEdgesOnViewport); no motion blur; a bounded pixel ratio.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { chooseRenderer } from './renderer-choice.js';
import { stylesheet } from './stylesheet.js';

let registered = false;

export function createCy(container: HTMLElement): Core {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    container,
    style: stylesheet(),
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    motionBlur: false,
    // Crisp on ordinary screens, but do not pay 4× the pixels on high-DPI ones.
    pixelRatio: Math.min(window.devicePixelRatio || 1, 1.5),
  });
  return chooseRenderer(cy);
}
