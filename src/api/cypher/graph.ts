/**
 * Graph-shaped answers for the viewer: a node with its evidence and relationships, a
 * neighbourhood to depth N, a shortest path. Each is one query; every edge comes with the
 * paragraphs it was read from (projection.ts).
 */
import type { RelationshipType } from '../../graph/model.js';
import { lookupNode } from './node-lookup.js';
import { citation, graphEdge, graphNode } from './projection.js';

/**
 * The nodes of list `nodes` as GraphNodes, in `views`. Projected through UNWIND + collect:
 * the same projection in a list comprehension trips a Neo4j 5.26 planner bug (a
 * ClassCastException on cached properties) after the label-union lookup.
 */
function nodesOf(nodes: string, keep: string): string {
  return `
  CALL {
    WITH ${nodes}
    UNWIND ${nodes} AS vn
    RETURN collect(${graphNode('vn')}) AS views
  }
  WITH ${keep}, views`;
}

/** The relationships `rels` as GraphEdges (with evidence), de-duplicated, in `edges`. */
function edgesOf(rels: string, keep: string): string {
  return `
  CALL {
    WITH ${rels}
    UNWIND ${rels} AS vr
    WITH DISTINCT vr
    RETURN collect(${graphEdge('vr')}) AS edges
  }
  WITH ${keep}, edges`;
}

/**
 * One node, its evidence and (at most $edgeLimit of) its relationships. Evidence: the
 * node's own EVIDENCED_BY paragraphs, the paragraph itself, or else the paragraphs its
 * relationships were read from (at most $evidenceLimit).
 */
export const NODE_DETAIL = `
${lookupNode('n', '$id')}
CALL {
  WITH n
  CALL {
    WITH n
    MATCH (n)-[e:EVIDENCED_BY]->(p:Paragraph) RETURN p, e.quote AS quote
    UNION
    WITH n
    MATCH (p:Paragraph) WHERE p = n RETURN p, null AS quote
    UNION
    WITH n
    MATCH (n)-[r]-() WHERE NOT n:Paragraph AND NOT EXISTS { (n)-[:EVIDENCED_BY]->() } AND r.paragraphs IS NOT NULL
    UNWIND r.paragraphs AS number
    MATCH (p:Paragraph {id: r.documentId + '/para:' + number})
    RETURN DISTINCT p, null AS quote
  }
  WITH p, quote ORDER BY p.documentId, p.order
  RETURN collect(${citation('p', 'quote')})[0..$evidenceLimit] AS evidence
}
CALL {
  WITH n
  MATCH (n)-[r]-(m)
  WITH r, m ORDER BY type(r), m.id
  LIMIT $edgeLimit
  RETURN collect(r) AS rels
}
WITH n, evidence, rels, COUNT { (n)--() } AS degree
CALL {
  WITH n, rels
  UNWIND [n] + [r IN rels | startNode(r)] + [r IN rels | endNode(r)] AS x
  RETURN collect(DISTINCT x) AS nodes
}
${edgesOf('rels', 'n, evidence, nodes, degree, rels')}
${nodesOf('nodes', 'n, evidence, edges, degree, rels')}
RETURN ${graphNode('n')} AS node, evidence, views AS nodes, edges, degree > size(rels) AS truncated`;

/**
 * Breadth-first from a node to $depth hops over the given relationship types, at most
 * $limit nodes (APOC's subgraphAll counts nodes, so the answer cannot explode however
 * connected the graph is), with every relationship among them.
 */
export const NEIGHBOURHOOD = `
${lookupNode('start', '$id')}
CALL apoc.path.subgraphAll(start, {maxLevel: $depth, limit: $limit, relationshipFilter: $relationshipFilter, bfs: true})
YIELD nodes, relationships AS rels
${edgesOf('rels', 'nodes')}
${nodesOf('nodes', 'edges, size(nodes) >= $limit AS truncated')}
RETURN views AS nodes, edges, truncated`;

/**
 * One shortest path. The length bound and the relationship types cannot be parameters in a
 * variable-length pattern: both are checked first (an integer in range; names from the
 * model's list) and only then written into the text.
 */
export function shortestPathQuery(types: readonly RelationshipType[], maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 10) throw new Error('maxLength out of range');
  const typeList = types.map((t) => {
    if (!/^[A-Z_]+$/.test(t)) throw new Error(`bad relationship type ${t}`);
    return t;
  });
  return `
${lookupNode('a', '$from')}
${lookupNode('b', '$to')}
MATCH path = shortestPath((a)-[:${typeList.join('|')}*..${maxLength}]-(b))
WITH nodes(path) AS pathNodes, relationships(path) AS rels
${edgesOf('rels', 'pathNodes')}
${nodesOf('pathNodes', 'edges')}
RETURN views AS nodes, edges, false AS truncated`;
}
