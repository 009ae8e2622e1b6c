/**
 * The view's data as GraphML, written by the same writer as `kg export --format graphml`
 * (src/export/graphml.ts), so a view and a whole export carry the same keys: `labels`
 * (`:Topic`), `type`, and one typed key per property. The view adds what only it has: each
 * node's position (`x`, `y`) and each edge's citations as text.
 */
import type { Core } from 'cytoscape';
import type { GraphSnapshot } from '../../../src/export/snapshot.js';
import { visibleData } from './visible-data.js';

export async function viewGraphml(cy: Core): Promise<string> {
  const { nodes, edges } = visibleData(cy);
  // Loaded on first use: the XML writer is ~300 kB the viewer need not load up front.
  const { toGraphml } = await import('../../../src/export/graphml.js');
  const snapshot: GraphSnapshot = {
    nodes: nodes.map((n) => ({
      id: n.id,
      labels: [n.label],
      properties: sorted({ ...n.properties, id: n.id, name: n.name, x: n.position.x, y: n.position.y }),
    })),
    relationships: edges.map((e) => {
      const { citations: _drop, type: _type, ...props } = e.properties;
      return {
        type: e.type,
        start: e.source,
        end: e.target,
        properties: sorted({ ...props, ...(e.evidence.length ? { citations: e.evidence.map((c) => c.citation).join('; ') } : {}) }),
      };
    }),
  };
  return toGraphml(snapshot, 'view');
}

function sorted(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(p).sort())
    if (p[k] !== null && p[k] !== undefined && typeof p[k] !== 'object') out[k] = p[k];
    else if (Array.isArray(p[k])) out[k] = p[k];
  return out;
}
