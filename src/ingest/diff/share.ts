/**
 * What the graph holds of one document: its own nodes and every relationship read from it
 * (with the ids and names of both ends), read inside a given transaction so `kg diff` can
 * read the same document before and after writing its new version.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model.js';
import { label as labelIdent, relType } from '../load/cypher.js';

export interface ShareNode {
  id: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface ShareRelationship {
  /** The GraphEdge id the API and viewer show: TYPE:start->end@documentId. */
  id: string;
  type: string;
  start: string;
  end: string;
  startName: string | null;
  endName: string | null;
  properties: Record<string, unknown>;
}

export interface DocumentShare {
  nodes: Map<string, ShareNode>;
  relationships: Map<string, ShareRelationship>;
}

export async function readDocumentShare(tx: ManagedTransaction, documentId: string): Promise<DocumentShare> {
  const nodes = new Map<string, ShareNode>();
  for (const l of NODE_LABELS) {
    const res = await tx.run(`MATCH (n:${labelIdent(l)} {documentId: $id}) RETURN n.id AS id, properties(n) AS properties`, {
      id: documentId,
    });
    for (const r of res.records) nodes.set(r.get('id') as string, { id: r.get('id') as string, label: l, properties: r.get('properties') });
  }
  const relationships = new Map<string, ShareRelationship>();
  for (const t of RELATIONSHIP_TYPES) {
    const res = await tx.run(
      `MATCH (a)-[r:${relType(t)} {documentId: $id}]->(b)
       RETURN a.id AS start, b.id AS end, a.name AS startName, b.name AS endName, properties(r) AS properties`,
      { id: documentId },
    );
    for (const r of res.records) {
      const start = r.get('start') as string;
      const end = r.get('end') as string;
      const id = `${t}:${start}->${end}@${documentId}`;
      relationships.set(id, {
        id,
        type: t,
        start,
        end,
        startName: r.get('startName') as string | null,
        endName: r.get('endName') as string | null,
        properties: r.get('properties') as Record<string, unknown>,
      });
    }
  }
  return { nodes, relationships };
}
