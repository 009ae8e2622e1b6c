/**
 * API graph → Cytoscape elements. Everything the stylesheet reads is put into `data` here
 * once (type colour, shape, short label), so styling is a plain data mapping and stays fast
 * with thousands of elements.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphData, GraphEdge, GraphNode } from '../api/types.js';
import { nodeType } from './node-types.js';
import { statisticLabelText } from './statistic-label.js';

const MAX_LABEL = 34;

/** Long names (statements, observations) are cut at a word so labels do not pile up. */
export function shortLabel(text: string, max = MAX_LABEL): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.(–-]+$/, '')}…`;
}

/**
 * What a node shows on the canvas: short enough to wrap to two or three lines, and the part
 * of the name that tells it apart (an observation's "should…", a statistic's figure).
 */
export function nodeLabelText(n: GraphNode): string {
  const p = n.properties;
  const str = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : null);
  const number = typeof p.number === 'string' || typeof p.number === 'number' ? String(p.number) : null;
  switch (n.label) {
    case 'Paragraph':
      if (number) return `¶ ${number}`;
      break;
    case 'Observation':
      if (number && (str('text') || str('action'))) return shortLabel(`Obs. ${number}: ${str('text') ?? str('action')}`, MAX_LABEL + 10);
      break;
    case 'Statistic':
      // The figure with what it measures, at observation length: the figure alone ("68%") says nothing.
      if (typeof p.value === 'number')
        return shortLabel(statisticLabelText(p.value, str('unit'), str('description'), str('population')), MAX_LABEL + 10);
      break;
    case 'Organization':
    case 'Project': {
      // "Mixed Migration Centre (MMC)" is long; the acronym alone loses people who do not know it.
      const acronym = str('acronym');
      if (acronym && n.name.length > MAX_LABEL) return shortLabel(`${acronym} – ${n.name}`);
      break;
    }
  }
  return shortLabel(n.name || n.id);
}

/** "MADE_BY" → "made by". */
export function edgeLabelText(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

export function nodeElement(n: GraphNode): ElementDefinition {
  const t = nodeType(n.label);
  return {
    group: 'nodes',
    data: {
      id: n.id,
      type: n.label,
      name: n.name,
      display: nodeLabelText(n),
      props: n.properties,
      shape: t.shape,
      typeColour: t.colour,
      fill: t.colour,
      baseSize: t.size,
      size: t.size,
    },
  };
}

export function edgeElement(e: GraphEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      display: edgeLabelText(e.type),
      props: e.properties,
      evidence: e.evidence,
    },
  };
}

/** Elements not yet in the graph, edges only where both ends will be present. */
export function newElements(data: GraphData, has: (id: string) => boolean, skip: (id: string) => boolean): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const present = new Set<string>();
  for (const n of data.nodes) {
    if (skip(n.id)) continue;
    present.add(n.id);
    if (!has(n.id)) out.push(nodeElement(n));
  }
  for (const e of data.edges) {
    const ends = (id: string) => present.has(id) || (has(id) && !skip(id));
    if (!has(e.id) && ends(e.source) && ends(e.target)) out.push(edgeElement(e));
  }
  return out;
}
