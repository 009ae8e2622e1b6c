/** node, neighbourhood, shortestPath: graph-shaped answers the viewer draws directly. */
import type { GraphView, NodeDetail, QueryResolvers } from '../generated/resolvers-types.js';
import { DEFAULT_PATH_SEARCHES, NEIGHBOURHOOD, NODE_DETAIL, shortestPathQuery, type PathSearch } from '../cypher/graph.js';
import { traversalTypes } from '../cypher/relationship-types.js';
import { cypherInt, intInRange, nonEmptyId } from './args.js';

/** Enough to cite an organization named in hundreds of paragraphs without sending them all. */
const EVIDENCE_LIMIT = 100;

export const node: NonNullable<QueryResolvers['node']> = async (_parent, args, ctx) => {
  const id = nonEmptyId('node', 'id', args.id);
  const edgeLimit = intInRange('node', 'edgeLimit', args.edgeLimit, 1, 500);
  const rows = await ctx.services.db.query<Omit<NodeDetail, 'neighbours'> & GraphView>(NODE_DETAIL, {
    id,
    edgeLimit: cypherInt(edgeLimit),
    evidenceLimit: cypherInt(EVIDENCE_LIMIT),
  });
  const row = rows[0];
  if (!row) return null;
  return { node: row.node, evidence: row.evidence, neighbours: { nodes: row.nodes, edges: row.edges, truncated: row.truncated } };
};

export const neighbourhood: NonNullable<QueryResolvers['neighbourhood']> = async (_parent, args, ctx) => {
  const id = nonEmptyId('neighbourhood', 'id', args.id);
  const depth = intInRange('neighbourhood', 'depth', args.depth, 1, 3);
  const limit = intInRange('neighbourhood', 'limit', args.limit, 1, 1000);
  const relationshipFilter = traversalTypes(args.via).join('|');
  const rows = await ctx.services.db.query<GraphView>(NEIGHBOURHOOD, {
    id,
    depth: cypherInt(depth),
    limit: cypherInt(limit),
    relationshipFilter,
  });
  return rows[0] ?? { nodes: [], edges: [], truncated: false };
};

export const shortestPath: NonNullable<QueryResolvers['shortestPath']> = async (_parent, args, ctx) => {
  const from = nonEmptyId('shortestPath', 'from', args.from);
  const to = nonEmptyId('shortestPath', 'to', args.to);
  const maxLength = intInRange('shortestPath', 'maxLength', args.maxLength, 1, 10);
  // Types the caller names are followed as asked (paragraphs included); else DEFAULT_PATH_SEARCHES.
  const searches: readonly PathSearch[] =
    args.via && args.via.length > 0 ? [{ types: traversalTypes(args.via), throughParagraphs: true }] : DEFAULT_PATH_SEARCHES;
  if (from === to) {
    // Neo4j refuses a shortest path from a node to itself; the answer is the node alone.
    const rows = await ctx.services.db.query<GraphView>(NEIGHBOURHOOD, {
      id: from,
      depth: cypherInt(0),
      limit: cypherInt(1),
      relationshipFilter: '',
    });
    return rows[0] ? { nodes: rows[0].nodes, edges: [], truncated: false } : null;
  }
  const rows = await ctx.services.db.query<GraphView>(shortestPathQuery(searches, maxLength), { from, to });
  return rows[0] ?? null;
};
