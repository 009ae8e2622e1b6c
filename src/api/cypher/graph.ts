/**
 * Graph-shaped answers for the viewer: a node with its evidence and relationships, a
 * neighbourhood to depth N, a shortest path (one that explains, when there is one). Each is
 * one query; every edge comes with the paragraphs it was read from (projection.ts).
 */
import type { RelationshipType } from '../../graph/model.js';
import { lookupNode } from './node-lookup.js';
import { DEFAULT_TRAVERSAL_TYPES, MEANINGFUL_TYPES } from './relationship-types.js';
import { citation, citedText, graphEdge, graphNode } from './projection.js';

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
    MATCH (n)-[e:EVIDENCED_BY]->(p:Paragraph|Footnote) RETURN p, e.quote AS quote, e.start AS quoteStart, e.end AS quoteEnd
    UNION
    WITH n
    MATCH (p:Paragraph|Footnote) WHERE p = n RETURN p, null AS quote, null AS quoteStart, null AS quoteEnd
    UNION
    WITH n
    MATCH (n)-[r]-() WHERE NOT n:Paragraph AND NOT n:Footnote AND NOT EXISTS { (n)-[:EVIDENCED_BY]->() } AND r.paragraphs IS NOT NULL
    UNWIND r.paragraphs AS number
    WITH ${citedText('r.documentId', 'number')} AS p WHERE p IS NOT NULL
    RETURN DISTINCT p, null AS quote, null AS quoteStart, null AS quoteEnd
  }
  WITH p, quote, quoteStart, quoteEnd ORDER BY p.documentId, p.order
  RETURN collect(${citation('p', 'quote', 'quoteStart', 'quoteEnd')})[0..$evidenceLimit] AS evidence
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

/** One way of looking for a path between two nodes. */
export interface PathSearch {
  types: readonly RelationshipType[];
  /**
   * Whether the path may step through a Paragraph. A paragraph MENTIONS everything its text
   * names, as the statements it holds do; the statement also says who spoke, so a path
   * through it explains more than one through the paragraph's text.
   */
  throughParagraphs: boolean;
}

/**
 * The default: a path over what was said (statements, mentions, DRAWS_ON…), leaving out the
 * meeting's hub edges and paragraphs in between; failing that, any path but document
 * navigation (say, an organization and the meeting it took part in).
 */
export const DEFAULT_PATH_SEARCHES: readonly PathSearch[] = [
  { types: MEANINGFUL_TYPES, throughParagraphs: false },
  { types: DEFAULT_TRAVERSAL_TYPES, throughParagraphs: true },
];

/**
 * One shortest path, from the first search in `searches` that finds one: each search is a
 * subquery that runs only while no path has been found, so the fallback costs nothing when
 * the first search succeeds, and the whole answer stays one query. The length bound and the
 * relationship types cannot be parameters in a variable-length pattern: both are checked
 * first (an integer in range; names from the model's list) and only then written into the
 * text. The paragraph filter applies to every node of the path, so Neo4j checks it during
 * its breadth-first search (no exhaustive fallback).
 */
export function shortestPathQuery(searches: readonly PathSearch[], maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 10) throw new Error('maxLength out of range');
  if (searches.length === 0) throw new Error('no path search');
  const attempts = searches.map(({ types, throughParagraphs }) => {
    const typeList = types.map((t) => {
      if (!/^[A-Z_]+$/.test(t)) throw new Error(`bad relationship type ${t}`);
      return t;
    });
    if (typeList.length === 0) throw new Error('no relationship types');
    return `
CALL {
  WITH a, b, found
  WITH a, b, found WHERE found IS NULL
  MATCH path = shortestPath((a)-[:${typeList.join('|')}*..${maxLength}]-(b))
  ${throughParagraphs ? '' : 'WHERE all(n IN nodes(path) WHERE n = a OR n = b OR NOT n:Paragraph)'}
  RETURN collect(path)[0] AS next
}
WITH a, b, coalesce(found, next) AS found`;
  });
  return `
${lookupNode('a', '$from')}
${lookupNode('b', '$to')}
WITH a, b, null AS found
${attempts.join('')}
WITH found AS path WHERE path IS NOT NULL
WITH nodes(path) AS pathNodes, relationships(path) AS rels
${edgesOf('rels', 'pathNodes')}
${nodesOf('pathNodes', 'edges')}
RETURN views AS nodes, edges, false AS truncated`;
}
