/**
 * GraphML for Gephi, yEd and Cytoscape desktop. Written with xmlbuilder2 so escaping is a
 * library's job. Each property key becomes a typed <key>; lists are written as JSON text
 * (GraphML has no list type) so nothing is lost.
 */
import { create } from 'xmlbuilder2';
import type { GraphSnapshot } from './snapshot.js';
import { primaryLabel } from './snapshot.js';

type KeyType = 'string' | 'double' | 'boolean';

export function toGraphml(s: GraphSnapshot): string {
  const nodeKeys = collectKeys(s.nodes.map((n) => n.properties));
  const edgeKeys = collectKeys(s.relationships.map((r) => r.properties));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  root.ele('key', { id: 'n_label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' });
  for (const [k, t] of nodeKeys) root.ele('key', { id: `n_${k}`, for: 'node', 'attr.name': k, 'attr.type': t });
  root.ele('key', { id: 'e_type', for: 'edge', 'attr.name': 'type', 'attr.type': 'string' });
  for (const [k, t] of edgeKeys) root.ele('key', { id: `e_${k}`, for: 'edge', 'attr.name': k, 'attr.type': t });
  const graph = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  for (const n of s.nodes) {
    const el = graph.ele('node', { id: n.id });
    el.ele('data', { key: 'n_label' }).txt(primaryLabel(n));
    for (const [k, v] of Object.entries(n.properties)) el.ele('data', { key: `n_${k}` }).txt(text(v));
  }
  s.relationships.forEach((r, i) => {
    const el = graph.ele('edge', { id: `e${i}`, source: r.start, target: r.end });
    el.ele('data', { key: 'e_type' }).txt(r.type);
    for (const [k, v] of Object.entries(r.properties)) el.ele('data', { key: `e_${k}` }).txt(text(v));
  });
  return root.end({ prettyPrint: true }) + '\n';
}

function collectKeys(all: Record<string, unknown>[]): [string, KeyType][] {
  const types = new Map<string, KeyType>();
  for (const p of all) {
    for (const [k, v] of Object.entries(p)) {
      const t: KeyType = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
      const prev = types.get(k);
      types.set(k, prev === undefined || prev === t ? t : 'string');
    }
  }
  return [...types].sort(([a], [b]) => (a < b ? -1 : 1));
}

function text(v: unknown): string {
  return Array.isArray(v) ? JSON.stringify(v) : String(v);
}
