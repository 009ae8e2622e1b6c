/**
 * The whole graph as plain data, in a canonical order: nodes by id, relationships by
 * (type, start, end, documentId), property keys sorted. Every writer starts from this, so
 * two exports of the same graph are byte-identical in every format.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/connection.js';

export interface SnapshotNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface SnapshotRelationship {
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface GraphSnapshot {
  nodes: SnapshotNode[];
  relationships: SnapshotRelationship[];
}

const PAGE = 10_000;

export async function readSnapshot(db: Database): Promise<GraphSnapshot> {
  const nodes: SnapshotNode[] = [];
  // Paged by id so a large graph never needs one huge result in one transaction.
  for (let after = ''; ;) {
    const rows = await db.query<{ id: string; labels: string[]; properties: Record<string, unknown> }>(
      'MATCH (n) WHERE n.id > $after RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY n.id LIMIT $limit',
      { after, limit: neo4j.int(PAGE) },
    );
    for (const r of rows) nodes.push({ id: r.id, labels: [...r.labels].sort(), properties: canonical(r.properties) });
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  const relationships: SnapshotRelationship[] = [];
  // Paged with SKIP, so the order must be total: rows that tie on (type, start, end,
  // documentId) would otherwise come back in any order on each page, and a tie that straddles
  // a page boundary could be read twice or never. elementId breaks the tie (it is stable while
  // nothing writes; the canonical order is set by the sort below, not by it).
  for (let skip = 0; ; skip += PAGE) {
    const rows = await db.query<{ type: string; start: string; end: string; properties: Record<string, unknown> }>(
      `MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
       RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
       ORDER BY type, start, end, coalesce(r.documentId, ''), elementId(r) SKIP $skip LIMIT $limit`,
      { skip: neo4j.int(skip), limit: neo4j.int(PAGE) },
    );
    for (const r of rows) relationships.push({ type: r.type, start: r.start, end: r.end, properties: canonical(r.properties) });
    if (rows.length < PAGE) break;
  }
  relationships.sort(compareRelationships);
  return { nodes, relationships };
}

function compareRelationships(a: SnapshotRelationship, b: SnapshotRelationship): number {
  const ka = `${a.type}\u0000${a.start}\u0000${a.end}\u0000${String(a.properties.documentId ?? '')}\u0000${JSON.stringify(a.properties)}`;
  const kb = `${b.type}\u0000${b.start}\u0000${b.end}\u0000${String(b.properties.documentId ?? '')}\u0000${JSON.stringify(b.properties)}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Sorted keys; Neo4j temporal values and other objects become their string form. */
export function canonical(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) {
    const v = props[key];
    out[key] = v !== null && typeof v === 'object' && !Array.isArray(v) ? String(v) : v;
  }
  return out;
}

/** The label a node is shown under (its first label; nodes carry one in this model). */
export function primaryLabel(n: SnapshotNode): string {
  return n.labels[0] ?? 'Node';
}
