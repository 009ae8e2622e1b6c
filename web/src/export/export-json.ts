/** The view's data as JSON: nodes with positions, edges with their evidence, and the link that recreates the view. */
import type { Core } from 'cytoscape';
import { visibleData } from './visible-data.js';

export function viewJson(cy: Core, link: string): string {
  const data = visibleData(cy);
  return JSON.stringify({ exportedAt: new Date().toISOString(), view: link, ...data }, null, 2);
}
