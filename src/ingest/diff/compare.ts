/**
 * Two versions of one document's share of the graph, compared fact by fact on stable ids:
 * nodes by id, relationships by (type, start, end). Each difference carries its evidence,
 * the paragraph(s) and the quoted words, from the version that has the fact (the new one
 * for what appeared or changed, the old one for what disappeared).
 */
import { isDeepStrictEqual } from 'node:util';
import type { DocumentShare, ShareNode, ShareRelationship } from './share.js';

export type ChangeKind = 'appeared' | 'disappeared' | 'changed';

export interface PropertyChange {
  key: string;
  before: unknown;
  after: unknown;
}

export interface Evidence {
  paragraphs: string[];
  quote: string | null;
}

export interface FactChange {
  change: ChangeKind;
  fact: 'node' | 'relationship';
  id: string;
  /** A node's label or a relationship's type. */
  kind: string;
  /** What a person reads: a node's name, or "start name → end name". */
  name: string;
  /** For `changed`: each property that differs. */
  properties: PropertyChange[];
  evidence: Evidence;
}

export interface ShareDiff {
  facts: FactChange[];
  /** Relationships of the document's layout (sections, paragraph order…): counted, not listed. */
  structure: { appeared: number; disappeared: number; changed: number };
}

/** Keys that say when or how a version was stored, not what the document says. */
const BOOKKEEPING = new Set(['ingestHash']);

/** The document's layout: not facts a curator checks one by one. */
export const STRUCTURE_TYPES: ReadonlySet<string> = new Set([
  'HAS_SECTION',
  'HAS_SUBSECTION',
  'HAS_PARAGRAPH',
  'CONTAINS',
  'HAS_SUBPARAGRAPH',
  'NEXT',
  'HAS_FOOTNOTE',
  'CITES_FOOTNOTE',
]);

const QUOTE_CHARS = 200;

export function compareShares(before: DocumentShare, after: DocumentShare): ShareDiff {
  const facts: FactChange[] = [];
  const structure = { appeared: 0, disappeared: 0, changed: 0 };
  for (const [id, n] of after.nodes) {
    const old = before.nodes.get(id);
    if (!old) facts.push(nodeChange('appeared', n, [], after));
    else {
      const diff = propertyChanges(old.properties, n.properties);
      if (diff.length > 0) facts.push(nodeChange('changed', n, diff, after));
    }
  }
  for (const [id, n] of before.nodes) if (!after.nodes.has(id)) facts.push(nodeChange('disappeared', n, [], before));
  const relChange = (change: ChangeKind, r: ShareRelationship, props: PropertyChange[], share: DocumentShare) => {
    if (STRUCTURE_TYPES.has(r.type)) structure[change]++;
    else
      facts.push({
        change,
        fact: 'relationship',
        id: r.id,
        kind: r.type,
        name: relName(r),
        properties: props,
        evidence: relEvidence(r, share),
      });
  };
  for (const [id, r] of after.relationships) {
    const old = before.relationships.get(id);
    if (!old) relChange('appeared', r, [], after);
    else {
      const diff = propertyChanges(old.properties, r.properties);
      if (diff.length > 0) relChange('changed', r, diff, after);
    }
  }
  for (const [id, r] of before.relationships) if (!after.relationships.has(id)) relChange('disappeared', r, [], before);
  const order: Record<ChangeKind, number> = { appeared: 0, disappeared: 1, changed: 2 };
  facts.sort((a, b) => order[a.change] - order[b.change] || cmp(a.fact, b.fact) || cmp(a.kind, b.kind) || cmp(a.id, b.id));
  return { facts, structure };
}

export function propertyChanges(before: Record<string, unknown>, after: Record<string, unknown>): PropertyChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !BOOKKEEPING.has(k)).sort();
  return keys
    .filter((k) => !isDeepStrictEqual(before[k] ?? null, after[k] ?? null))
    .map((k) => ({ key: k, before: before[k] ?? null, after: after[k] ?? null }));
}

function nodeChange(change: ChangeKind, n: ShareNode, properties: PropertyChange[], share: DocumentShare): FactChange {
  return {
    change,
    fact: 'node',
    id: n.id,
    kind: n.label,
    name: String(n.properties.name ?? n.id),
    properties,
    evidence: nodeEvidence(n, share),
  };
}

/** A fact node's evidence is its EVIDENCED_BY relationship; a paragraph is its own. */
function nodeEvidence(n: ShareNode, share: DocumentShare): Evidence {
  if (n.label === 'Paragraph') return { paragraphs: [String(n.properties.number ?? '')], quote: clip(n.properties.text) };
  for (const r of share.relationships.values()) {
    if (r.type === 'EVIDENCED_BY' && r.start === n.id)
      return { paragraphs: list(r.properties.paragraphs), quote: clip(r.properties.quote) };
  }
  const paragraphs = list(n.properties.paragraphs ?? n.properties.paragraphNumber);
  return { paragraphs, quote: paragraphText(share, paragraphs[0]) };
}

/** A relationship's own quote or surface words when it has them, else the text of its first paragraph. */
function relEvidence(r: ShareRelationship, share: DocumentShare): Evidence {
  const paragraphs = list(r.properties.paragraphs);
  const own = r.properties.quote ?? r.properties.surface;
  return { paragraphs, quote: typeof own === 'string' ? clip(own) : paragraphText(share, paragraphs[0]) };
}

function paragraphText(share: DocumentShare, number: string | undefined): string | null {
  if (number === undefined) return null;
  for (const n of share.nodes.values()) if (n.label === 'Paragraph' && n.properties.number === number) return clip(n.properties.text);
  return null;
}

function relName(r: ShareRelationship): string {
  return `${r.startName ?? r.start} → ${r.endName ?? r.end}`;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  return v === undefined || v === null ? [] : [String(v)];
}

function clip(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const flat = v.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
