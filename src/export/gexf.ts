/** GEXF for Gephi, through graphology's own writer. */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { GraphSnapshot } from './snapshot.js';
import { primaryLabel } from './snapshot.js';

export function toGexf(s: GraphSnapshot): string {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of s.nodes) g.addNode(n.id, flatten({ ...n.properties, label: String(n.properties.name ?? n.id), kind: primaryLabel(n) }));
  s.relationships.forEach((r, i) =>
    g.addDirectedEdgeWithKey(`e${i}`, r.start, r.end, flatten({ ...r.properties, type: r.type, label: r.type })),
  );
  return write(g, { pretty: true });
}

/** GEXF attributes are scalars: lists go as JSON text. */
function flatten(p: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === 'number' || typeof v === 'boolean' ? v : Array.isArray(v) ? JSON.stringify(v) : String(v);
  }
  return out;
}
