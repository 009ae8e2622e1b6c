/** JSON export: `{"nodes":[{id,labels,properties}],"relationships":[{type,start,end,properties}]}`, one element a line. */
import type { GraphSnapshot } from './snapshot.js';

export function toJson(s: GraphSnapshot): string {
  // One element per line keeps large exports diffable and streamable by line-oriented tools.
  const nodes = s.nodes.map((n) => JSON.stringify({ id: n.id, labels: n.labels, properties: n.properties }));
  const rels = s.relationships.map((r) => JSON.stringify({ type: r.type, start: r.start, end: r.end, properties: r.properties }));
  return `{"nodes":[\n${nodes.join(',\n')}\n],"relationships":[\n${rels.join(',\n')}\n]}\n`;
}
