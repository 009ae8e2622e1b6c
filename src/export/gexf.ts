/**
 * GEXF 1.3 for Gephi and networkx, through graphology's own writer (1.3: its 1.2 output
 * declares the viz namespace as "http:///www.gexf.net/1.1draft/viz", a typo).
 *
 * The GEXF `label` of a node is its display name; its Neo4j labels go in the attribute
 * `labels` (`:Topic`), a relationship's type in `type`. Every property is an attribute of its
 * own name, so none is written over (Topic's `label`, an organization's `kind`). Types are
 * graphology's inference: whole numbers integer/long, others double, lists as GEXF 1.3 list
 * types (liststring, listinteger…).
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { GraphSnapshot } from './snapshot.js';
import { EDGE_TYPE_ATTRIBUTE, NODE_LABELS_ATTRIBUTE, inferAttributes, labelsText } from './attributes.js';

type Attributes = Record<string, unknown>;

export function toGexf(s: GraphSnapshot): string {
  // Checks no property is named like the writer's own attributes.
  inferAttributes(
    s.nodes.map((n) => n.properties),
    NODE_LABELS_ATTRIBUTE,
  );
  inferAttributes(
    s.relationships.map((r) => r.properties),
    EDGE_TYPE_ATTRIBUTE,
  );
  const g = new MultiDirectedGraph<Attributes, Attributes>({ allowSelfLoops: true });
  for (const n of s.nodes) {
    g.addNode(n.id, {
      gexfLabel: String(n.properties.name ?? n.id),
      attributes: { [NODE_LABELS_ATTRIBUTE]: labelsText(n), ...defined(n.properties) },
    });
  }
  s.relationships.forEach((r, i) =>
    g.addDirectedEdgeWithKey(`e${i}`, r.start, r.end, {
      gexfLabel: r.type,
      attributes: { [EDGE_TYPE_ATTRIBUTE]: r.type, ...defined(r.properties) },
    }),
  );
  // Our own formatters: graphology's default ones move `label`, `kind`, `x`, `size`… out of
  // the attributes (into the GEXF label, edge kind, viz), which is how properties were lost.
  const format = (_key: string, a: Attributes) => ({ label: a.gexfLabel as string, attributes: a.attributes as Attributes });
  return write(g, { pretty: true, version: '1.3', formatNode: format, formatEdge: format });
}

function defined(p: Record<string, unknown>): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}
