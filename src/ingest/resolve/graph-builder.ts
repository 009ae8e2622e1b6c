/**
 * Collects one document's nodes and relationships while resolve walks the facts. The same
 * node or relationship may be reached several times (an organization named in ten
 * paragraphs); the builder keeps one and merges what each visit adds, so the output is
 * deterministic whatever order the facts came in.
 */
import type {
  DocumentGraph,
  GraphNode,
  GraphRelationship,
  NodeLabel,
  Properties,
  PropertyValue,
  RelationshipType,
} from '../../graph/model.js';

export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly rels = new Map<string, GraphRelationship>();

  constructor(readonly documentId: string) {}

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  /** The relationships collected so far, for steps that derive new edges from earlier ones. */
  relationships(): GraphRelationship[] {
    return [...this.rels.values()];
  }

  /** Adds a node or merges properties into it: lists are unioned, nulls never overwrite values. */
  addNode(label: NodeLabel, id: string, properties: Properties): GraphNode {
    const existing = this.nodes.get(id);
    if (!existing) {
      const node: GraphNode = { id, label, properties: { id, ...dropUndefined(properties) } };
      this.nodes.set(id, node);
      return node;
    }
    mergeInto(existing.properties, properties);
    return existing;
  }

  /** Adds a relationship (one per type+start+end) or merges its properties; `paragraphs` accumulate. */
  addRel(type: RelationshipType, start: string, end: string, properties: Properties = {}): void {
    if (start === end) return;
    const key = `${type}|${start}|${end}`;
    const existing = this.rels.get(key);
    if (!existing) {
      // Every relationship belongs to the document that read it: load replaces them by documentId.
      this.rels.set(key, { type, start, end, properties: { ...dropUndefined(properties), documentId: this.documentId } });
      return;
    }
    mergeInto(existing.properties, properties);
  }

  build(ingestHash: string): DocumentGraph {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const nodes = [...this.nodes.values()].sort(byId);
    const known = new Set(nodes.map((n) => n.id));
    // A relationship to a node nobody created would MERGE an empty node: drop it here.
    const relationships = [...this.rels.values()]
      .filter((r) => known.has(r.start) && known.has(r.end))
      .sort((a, b) => cmp(`${a.type}|${a.start}|${a.end}`, `${b.type}|${b.start}|${b.end}`));
    for (const n of nodes) sortListProps(n.properties);
    for (const r of relationships) sortListProps(r.properties);
    return { documentId: this.documentId, ingestHash, nodes, relationships };
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dropUndefined(p: Properties): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) out[k] = v;
  return out;
}

function mergeInto(target: Properties, add: Properties): void {
  for (const [k, v] of Object.entries(add)) {
    if (v === undefined || v === null) continue;
    const cur = target[k];
    if (Array.isArray(cur) && Array.isArray(v)) {
      target[k] = [...new Set([...(cur as PropertyValue[]), ...(v as PropertyValue[])])] as PropertyValue;
    } else if (cur === undefined || cur === null) {
      target[k] = v;
    } else if (k === 'confidence' && typeof cur === 'number' && typeof v === 'number') {
      target[k] = Math.max(cur, v);
    }
  }
}

/** Lists that are sets (paragraph numbers, aliases) are stored sorted so exports are stable. */
const ORDERED_LISTS = new Set(['starts', 'ends', 'dates', 'sessionDates', 'roleEvidence']);
function sortListProps(p: Properties): void {
  for (const [k, v] of Object.entries(p)) {
    if (!Array.isArray(v) || ORDERED_LISTS.has(k)) continue;
    if (k === 'paragraphs') {
      p[k] = [...(v as string[])].sort(compareParagraphNumbers);
    } else if (v.every((x) => typeof x === 'string')) {
      p[k] = [...(v as string[])].sort();
    }
  }
}

/** "2" < "10" < "121" < "121.2" < "121.10": numeric by dotted parts. */
export function compareParagraphNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (Number.isNaN(x) || Number.isNaN(y)) return cmp(a, b);
    if (x !== y) return x - y;
  }
  return 0;
}
