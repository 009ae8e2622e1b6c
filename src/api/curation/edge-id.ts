/**
 * GraphEdge ids (`TYPE:source->target@documentId`, see cypher/projection.ts) back into
 * their parts, so removeFact can take the id the viewer shows.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../graph/model.js';

export interface EdgeRef {
  type: RelationshipType;
  source: string;
  target: string;
  documentId: string;
}

export function parseEdgeId(id: string): EdgeRef | null {
  const m = /^([A-Z_]+):(.+?)->(.+)@([^@]*)$/.exec(id);
  if (!m) return null;
  const type = m[1] as RelationshipType;
  if (!RELATIONSHIP_TYPES.includes(type)) return null;
  return { type, source: m[2]!, target: m[3]!, documentId: m[4]! };
}

export function formatEdgeId(e: EdgeRef): string {
  return `${e.type}:${e.source}->${e.target}@${e.documentId}`;
}
