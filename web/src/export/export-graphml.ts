/**
 * The view's data as GraphML (opens in Gephi, yEd, Cytoscape desktop). Built as an XML DOM
 * and serialised, so every value is escaped by the serialiser. Property keys become
 * <key> declarations; lists and objects are written as JSON strings.
 */
import type { Core } from 'cytoscape';
import { visibleData } from './visible-data.js';

const NS = 'http://graphml.graphdrawing.org/xmlns';

type Kind = 'string' | 'double' | 'boolean';

function kindOf(v: unknown): Kind {
  if (typeof v === 'number') return 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

export function viewGraphml(cy: Core): string {
  const { nodes, edges } = visibleData(cy);
  const doc = document.implementation.createDocument(NS, 'graphml', null);
  const root = doc.documentElement;
  const keys = new Map<string, { id: string; kind: Kind }>();
  const keyFor = (domain: 'node' | 'edge', name: string, v: unknown) => {
    const k = `${domain}:${name}`;
    let key = keys.get(k);
    if (!key) {
      key = { id: `${domain === 'node' ? 'n' : 'e'}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`, kind: kindOf(v) };
      keys.set(k, key);
    } else if (key.kind !== kindOf(v)) key.kind = 'string';
    return key.id;
  };
  const graph = doc.createElementNS(NS, 'graph');
  graph.setAttribute('id', 'view');
  graph.setAttribute('edgedefault', 'directed');
  const data = (parent: Element, key: string, v: unknown) => {
    const d = doc.createElementNS(NS, 'data');
    d.setAttribute('key', key);
    d.textContent = text(v);
    parent.append(d);
  };
  for (const n of nodes) {
    const el = doc.createElementNS(NS, 'node');
    el.setAttribute('id', n.id);
    data(el, keyFor('node', 'label', n.label), n.label);
    data(el, keyFor('node', 'name', n.name), n.name);
    data(el, keyFor('node', 'x', 0), n.position.x);
    data(el, keyFor('node', 'y', 0), n.position.y);
    for (const [k, v] of Object.entries(n.properties))
      if (v !== null && v !== undefined && !['label', 'name', 'x', 'y'].includes(k)) data(el, keyFor('node', k, v), v);
    graph.append(el);
  }
  for (const e of edges) {
    const el = doc.createElementNS(NS, 'edge');
    el.setAttribute('id', e.id);
    el.setAttribute('source', e.source);
    el.setAttribute('target', e.target);
    data(el, keyFor('edge', 'type', e.type), e.type);
    for (const [k, v] of Object.entries(e.properties))
      if (v !== null && v !== undefined && k !== 'type' && k !== 'citations') data(el, keyFor('edge', k, v), v);
    if (e.evidence.length) data(el, keyFor('edge', 'citations', ''), e.evidence.map((c) => c.citation).join('; '));
    graph.append(el);
  }
  // Keys must come before the graph.
  for (const [k, key] of keys) {
    const el = doc.createElementNS(NS, 'key');
    el.setAttribute('id', key.id);
    el.setAttribute('for', k.startsWith('node:') ? 'node' : 'edge');
    el.setAttribute('attr.name', k.slice(k.indexOf(':') + 1));
    el.setAttribute('attr.type', key.kind);
    root.append(el);
  }
  root.append(graph);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}
