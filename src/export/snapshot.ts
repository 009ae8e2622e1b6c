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

/** A whole-graph read may take minutes on a large graph: longer than an API query may. */
export const SNAPSHOT_TX_TIMEOUT_MS = 30 * 60_000;

/**
 * Two streamed queries in one read transaction: every record is read once, so the cost is
 * linear in the graph (paging with SKIP re-sorted the whole relationship set per page, which
 * is quadratic at a million relationships). The canonical order is set here, after reading.
 */
export async function readSnapshot(db: Database): Promise<GraphSnapshot> {
  const session = db.driver.session({ ...(db.database ? { database: db.database } : {}), defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const nodes: SnapshotNode[] = [];
        const nodeRows = tx.run('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties');
        for await (const r of nodeRows) {
          nodes.push({
            id: r.get('id') as string,
            labels: [...(r.get('labels') as string[])].sort(),
            properties: canonical(r.get('properties') as Record<string, unknown>),
          });
        }
        const relationships: SnapshotRelationship[] = [];
        const relRows = tx.run(
          `MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
           RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties`,
        );
        for await (const r of relRows) {
          relationships.push({
            type: r.get('type') as string,
            start: r.get('start') as string,
            end: r.get('end') as string,
            properties: canonical(r.get('properties') as Record<string, unknown>),
          });
        }
        // Sorted here, not by the database: one ordering (JavaScript's), whatever the server.
        nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        relationships.sort(compareRelationships);
        return { nodes, relationships };
      },
      { timeout: SNAPSHOT_TX_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
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
