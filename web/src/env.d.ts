import type { Core } from 'cytoscape';
import type { Viewer } from './app/viewer.js';

declare global {
  interface Window {
    /** For browser tests and the benchmark (issue: "Expose window.cy for tests"). */
    cy: Core;
    viewer: Viewer;
  }
}
