/**
 * Graphs for the viewer benchmarks, shaped like ours (40% nodes, 60% edges, hubs that many
 * statements and paragraphs point to), from a seeded PRNG so every run and every page sees
 * the same graph. Also precomputed positions, for benchmarks that must not time a layout.
 */
import type { GraphData } from '../web/src/api/types.js';

/** Deterministic PRNG (mulberry32), as source text so pages can seed their Math.random with it too. */
export const PRNG = `function mulberry32(a){return function(){a|=0;a=a+0x6D2B79F5|0;let t=Math.imul(a^a>>>15,1|a);t=t+Math.imul(t^t>>>7,61|t)^t;return((t^t>>>14)>>>0)/4294967296}}`;
export const mulberry32 = new Function(`${PRNG}; return mulberry32;`)() as (seed: number) => () => number;

const LABELS = [
  'Organization',
  'Person',
  'Statement',
  'Paragraph',
  'Topic',
  'Concept',
  'Observation',
  'Statistic',
  'Place',
  'DriverOfMigration',
];
const TYPES = ['MADE_BY', 'MENTIONS', 'EVIDENCED_BY', 'IN', 'REPRESENTS', 'DRAWS_ON'];

export function syntheticGraph(elements: number): GraphData {
  const rand = mulberry32(elements);
  const nodeCount = Math.round(elements * 0.4);
  const edgeCount = elements - nodeCount;
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const label = LABELS[i % 10 < 2 ? 0 : Math.floor(rand() * LABELS.length)]!;
    return { id: `n${i}`, label, name: `${label} ${i} with a name of some length`, properties: { kind: 'synthetic' } };
  });
  const edges: GraphData['edges'] = [];
  const seen = new Set<string>();
  for (let i = 1; edges.length < edgeCount; i = (i % (nodeCount - 1)) + 1) {
    // Preferential attachment: mostly towards earlier (hub) nodes.
    const target = Math.floor(Math.pow(rand(), 2.2) * i);
    const source = edges.length < nodeCount - 1 ? i : Math.floor(rand() * nodeCount);
    const key = `${source}-${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({
      id: `e${edges.length}`,
      type: TYPES[edges.length % TYPES.length]!,
      source: `n${source}`,
      target: `n${target}`,
      properties: {},
      evidence: [],
    });
  }
  return { nodes, edges, truncated: false };
}

/**
 * Positions without a layout: node i on a sunflower (golden-angle) spiral, so the early
 * nodes (the hubs) sit in the middle with the edges of the later ones pointing in, the way
 * a force layout draws a hub-and-spoke graph. 45 px apart, about a node and a half.
 */
export function spiralPositions(data: GraphData): Record<string, { x: number; y: number }> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const positions: Record<string, { x: number; y: number }> = {};
  data.nodes.forEach((n, i) => {
    const r = 45 * Math.sqrt(i);
    positions[n.id] = { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
  });
  return positions;
}
