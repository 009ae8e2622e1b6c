/**
 * GraphML for Gephi, yEd, Cytoscape desktop, networkx and igraph; also the viewer's GraphML
 * (web/src/export/export-graphml.ts calls this), so both carry the same keys. Written with
 * xmlbuilder2 so escaping is a library's job.
 *
 * - A node's Neo4j labels go in the key `labels` (`:Topic`, APOC's notation); a relationship's
 *   type in the key `type`. No property is ever written over (Topic's own `label` property
 *   keeps its key).
 * - Key ids are `n_<name>` / `e_<name>` for properties and `labels` / `type` for the two
 *   above: unique, since property names never begin with those prefixes twice.
 * - Whole numbers are `long`, other numbers `double`. GraphML has no list type: a list is
 *   written as JSON text under a `string` key whose <desc> says "JSON list of long" (etc.).
 */
import { create } from 'xmlbuilder2';
import type { GraphSnapshot } from './snapshot.js';
import { EDGE_TYPE_ATTRIBUTE, NODE_LABELS_ATTRIBUTE, inferAttributes, labelsText, type AttributeType } from './attributes.js';

export function toGraphml(s: GraphSnapshot, graphId = 'G'): string {
  const nodeKeys = inferAttributes(
    s.nodes.map((n) => n.properties),
    NODE_LABELS_ATTRIBUTE,
  );
  const edgeKeys = inferAttributes(
    s.relationships.map((r) => r.properties),
    EDGE_TYPE_ATTRIBUTE,
  );
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  root
    .ele('key', { id: NODE_LABELS_ATTRIBUTE, for: 'node', 'attr.name': NODE_LABELS_ATTRIBUTE, 'attr.type': 'string' })
    .ele('desc')
    .txt('Neo4j labels of the node, each preceded by ":"');
  for (const [k, t] of nodeKeys) declare(root, 'node', k, t);
  root
    .ele('key', { id: EDGE_TYPE_ATTRIBUTE, for: 'edge', 'attr.name': EDGE_TYPE_ATTRIBUTE, 'attr.type': 'string' })
    .ele('desc')
    .txt('Neo4j relationship type');
  for (const [k, t] of edgeKeys) declare(root, 'edge', k, t);
  const graph = root.ele('graph', { id: graphId, edgedefault: 'directed' });
  for (const n of s.nodes) {
    const el = graph.ele('node', { id: n.id });
    el.ele('data', { key: NODE_LABELS_ATTRIBUTE }).txt(labelsText(n));
    for (const [k, v] of Object.entries(n.properties))
      if (v !== null && v !== undefined) el.ele('data', { key: `n_${k}` }).txt(text(v, nodeKeys.get(k)!));
  }
  s.relationships.forEach((r, i) => {
    const el = graph.ele('edge', { id: `e${i}`, source: r.start, target: r.end });
    el.ele('data', { key: EDGE_TYPE_ATTRIBUTE }).txt(r.type);
    for (const [k, v] of Object.entries(r.properties))
      if (v !== null && v !== undefined) el.ele('data', { key: `e_${k}` }).txt(text(v, edgeKeys.get(k)!));
  });
  return root.end({ prettyPrint: true }) + '\n';
}

function declare(root: ReturnType<typeof create>, domain: 'node' | 'edge', name: string, t: AttributeType): void {
  const key = root.ele('key', {
    id: `${domain === 'node' ? 'n' : 'e'}_${name}`,
    for: domain,
    'attr.name': name,
    'attr.type': t.list ? 'string' : t.scalar,
  });
  if (t.list) key.ele('desc').txt(`JSON list of ${t.scalar}`);
}

function text(v: unknown, t: AttributeType): string {
  if (t.list) return JSON.stringify(v);
  return typeof v === 'string' ? v : String(v);
}
