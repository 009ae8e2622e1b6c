import type { Core } from 'cytoscape';
import type { Viewer } from './app/viewer.js';
import type { SeriesCharts } from './charts/series-charts.js';
import type { TimelineBar } from './timeline/timeline-bar.js';

declare global {
  interface Window {
    /** For browser tests and the benchmark (issue: "Expose window.cy for tests"). */
    cy: Core;
    viewer: Viewer;
    /** The series timeline under the graph and the participation charts (browser tests). */
    timeline: TimelineBar;
    charts: SeriesCharts;
  }
}
