/**
 * The viewer's operations, each a typed document generated from web/src/graphql/*.graphql,
 * mapped onto the shapes in types.ts. The only file that knows the API's field names.
 */
import {
  ViewerEngagementByMeetingDocument,
  ViewerEngagementByTopicDocument,
  ViewerNeighbourhoodDocument,
  ViewerNodeDetailDocument,
  ViewerSearchDocument,
  ViewerShortestPathDocument,
  ViewerStartDocument,
  type NodeLabel,
  type RelationshipType,
} from '../generated/graphql.js';
import { request } from './client.js';
import type { Citation, CitationPlace, EngagementKind, EngagementMatrix, GraphData, GraphNode, NodeDetail, Properties, SearchHit } from './types.js';

interface RawCitation {
  documentId: string;
  documentTitle?: string | null;
  paragraph: string;
  place?: CitationPlace | null;
  paragraphId: string;
  text: string;
  citation: string;
  quote?: string | null;
  start?: number | null;
  end?: number | null;
}

interface RawGraph {
  truncated: boolean;
  nodes: { id: string; label: string; name: string; properties: unknown }[];
  edges: { id: string; type: string; source: string; target: string; properties: unknown; evidence: RawCitation[] }[];
}

function citation(c: RawCitation): Citation {
  return {
    documentId: c.documentId,
    documentTitle: c.documentTitle ?? null,
    paragraph: c.paragraph,
    place: c.place ?? 'PARAGRAPH',
    paragraphId: c.paragraphId,
    text: c.text,
    citation: c.citation,
    quote: c.quote ?? null,
    start: c.start ?? null,
    end: c.end ?? null,
  };
}

function properties(p: unknown): Properties {
  return p !== null && typeof p === 'object' && !Array.isArray(p) ? (p as Properties) : {};
}

function node(n: RawGraph['nodes'][number]): GraphNode {
  return { id: n.id, label: n.label, name: n.name, properties: properties(n.properties) };
}

function graph(g: RawGraph | null): GraphData {
  if (!g) return { nodes: [], edges: [], truncated: false };
  return {
    truncated: g.truncated,
    nodes: g.nodes.map(node),
    edges: g.edges.map((e) => ({ ...e, properties: properties(e.properties), evidence: e.evidence.map(citation) })),
  };
}

export async function search(query: string, signal?: AbortSignal, first = 12, types?: string[]): Promise<SearchHit[]> {
  const data = await request(ViewerSearchDocument, { query, first, types: types as NodeLabel[] | undefined }, signal);
  return data.search.map((h) => ({ node: h.node, snippet: h.snippet, highlights: h.highlights, field: h.field }));
}

export async function nodeDetail(id: string, signal?: AbortSignal): Promise<NodeDetail | null> {
  const data = await request(ViewerNodeDetailDocument, { id }, signal);
  if (!data.node) return null;
  return { node: node(data.node.node), evidence: data.node.evidence.map(citation) };
}

export async function neighbourhood(id: string, depth = 1, limit = 150, via?: string[]): Promise<GraphData> {
  const data = await request(ViewerNeighbourhoodDocument, { id, depth, limit, via: via as RelationshipType[] | undefined });
  return graph(data.neighbourhood);
}

/** Null when no path of at most `maxLength` steps joins the two nodes. */
export async function shortestPath(from: string, to: string, maxLength = 8): Promise<GraphData | null> {
  const data = await request(ViewerShortestPathDocument, { from, to, maxLength });
  return data.shortestPath ? graph(data.shortestPath) : null;
}

export async function engagement(kind: EngagementKind): Promise<EngagementMatrix> {
  const m =
    kind === 'topic'
      ? (await request(ViewerEngagementByTopicDocument, {})).engagementByTopic
      : (await request(ViewerEngagementByMeetingDocument, {})).engagementByMeeting;
  return {
    totalStatements: m.totalStatements,
    rows: m.rows,
    columns: m.columns,
    cells: m.cells.map((c) => ({
      row: c.row,
      column: c.column,
      count: c.count,
      statements: c.statements.map((s) => ({
        id: s.id,
        name: s.name,
        text: s.text,
        speakers: s.speakers,
        citation: s.citation ? citation(s.citation) : null,
      })),
    })),
  };
}

/** The meetings a blank view starts from, most recent first (empty on an empty graph). */
export async function startMeetings(limit = 200): Promise<string[]> {
  const data = await request(ViewerStartDocument, { limit });
  return data.meetings.map((m) => m.id);
}
