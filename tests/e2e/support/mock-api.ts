/**
 * A dev-only stand-in for the GraphQL API: answers the viewer's operations (by operation
 * name) from the hand-built mock graph and serves web/dist. For working on the page while
 * the real server is being built, and for screenshots without Neo4j. Never shipped.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import { buildMockGraph, type MockEdge, type MockGraph, type MockNode } from './mock-graph.js';
import { serveStatic } from './static-files.js';

type Vars = Record<string, unknown>;

function citation(g: MockGraph, paragraphId: string, quote: string | null = null) {
  const p = g.nodes.get(paragraphId)!;
  return {
    documentId: String(p.properties.documentId),
    documentTitle: g.documentTitle,
    paragraph: String(p.properties.number),
    paragraphId,
    text: String(p.properties.text),
    citation: String(p.properties.citation),
    quote,
  };
}

function edgeView(g: MockGraph, e: MockEdge) {
  const doc = String(e.properties.documentId);
  const quote =
    typeof e.properties.quote === 'string' ? e.properties.quote : typeof e.properties.surface === 'string' ? e.properties.surface : null;
  const evidence = ((e.properties.paragraphs as string[]) ?? [])
    .map((n) => `${doc}/para:${n}`)
    .filter((id) => g.nodes.has(id))
    .map((id) => citation(g, id, quote));
  return { ...e, evidence };
}

const NAVIGATION = new Set(['NEXT', 'HAS_PARAGRAPH', 'HAS_SECTION', 'CONTAINS']);

function adjacency(g: MockGraph): Map<string, MockEdge[]> {
  const adj = new Map<string, MockEdge[]>();
  for (const e of g.edges) {
    if (NAVIGATION.has(e.type)) continue;
    for (const end of [e.source, e.target]) adj.set(end, [...(adj.get(end) ?? []), e]);
  }
  return adj;
}

function neighbourhood(g: MockGraph, id: string, depth: number, limit: number) {
  const adj = adjacency(g);
  const seen = new Set([id]);
  let frontier = [id];
  let truncated = false;
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const e of adj.get(n) ?? []) {
        const other = e.source === n ? e.target : e.source;
        if (seen.has(other)) continue;
        if (seen.size >= limit) {
          truncated = true;
          continue;
        }
        seen.add(other);
        next.push(other);
      }
    frontier = next;
  }
  const nodes = [...seen].map((n) => g.nodes.get(n)!);
  const edges = g.edges.filter((e) => !NAVIGATION.has(e.type) && seen.has(e.source) && seen.has(e.target)).map((e) => edgeView(g, e));
  return { nodes, edges, truncated };
}

function shortestPath(g: MockGraph, from: string, to: string, maxLength: number) {
  const adj = adjacency(g);
  const prev = new Map<string, MockEdge | null>([[from, null]]);
  let frontier = [from];
  for (let d = 0; d < maxLength && !prev.has(to); d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const e of adj.get(n) ?? []) {
        const other = e.source === n ? e.target : e.source;
        if (prev.has(other)) continue;
        prev.set(other, e);
        next.push(other);
      }
    frontier = next;
  }
  if (!prev.has(to)) return null;
  const nodes: MockNode[] = [];
  const edges: MockEdge[] = [];
  for (let at: string | undefined = to; at;) {
    nodes.unshift(g.nodes.get(at)!);
    const e = prev.get(at);
    if (!e) break;
    edges.unshift(e);
    at = e.source === at ? e.target : e.source;
  }
  return { nodes, edges: edges.map((e) => edgeView(g, e)), truncated: false };
}

function search(g: MockGraph, query: string, first: number) {
  const words = query
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 1);
  const hits: { score: number; field: string; snippet: string; highlights: { start: number; end: number }[]; node: MockNode }[] = [];
  for (const n of g.nodes.values()) {
    for (const field of ['name', 'acronym', 'text'] as const) {
      const value = field === 'name' ? n.name : (n.properties[field] as string | undefined);
      if (!value) continue;
      const lower = value.toLowerCase();
      if (!words.every((w) => lower.includes(w))) continue;
      const at = lower.indexOf(words[0]!);
      const start = Math.max(0, at - 80);
      const snippet = value.slice(start, start + 240);
      const highlights = words.flatMap((w) => {
        const i = snippet.toLowerCase().indexOf(w);
        return i === -1 ? [] : [{ start: i, end: i + w.length }];
      });
      hits.push({ score: (field === 'name' ? 3 : 1) + (n.label === 'Organization' ? 1 : 0), field, snippet, highlights, node: n });
      break;
    }
  }
  return hits
    .sort((a, b) => b.score - a.score)
    .slice(0, first)
    .map((h) => ({ ...h, node: { id: h.node.id, label: h.node.label, name: h.node.name } }));
}

function statementSummary(g: MockGraph, id: string) {
  const s = g.nodes.get(id)!;
  const speakers = g.edges.filter((e) => e.type === 'MADE_BY' && e.source === id).map((e) => g.nodes.get(e.target)!.name);
  const ev = g.edges.find((e) => e.type === 'EVIDENCED_BY' && e.source === id);
  return {
    id,
    name: s.name,
    text: (s.properties.text as string) ?? null,
    speakerKind: s.properties.speakerKind ?? null,
    quantifier: s.properties.quantifier ?? null,
    speakers,
    citation: ev ? citation(g, ev.target, (ev.properties.quote as string) ?? null) : null,
  };
}

function engagement(g: MockGraph, kind: 'topic' | 'meeting') {
  const cells = new Map<string, { row: string; column: string; statements: Set<string> }>();
  for (const e of g.edges.filter((x) => x.type === 'MADE_BY' && g.nodes.get(x.target)!.label === 'Organization')) {
    const orgId = e.target;
    const cols =
      kind === 'meeting'
        ? g.edges.filter((x) => x.type === 'PARTICIPATED_IN' && x.source === orgId).map((x) => x.target)
        : g.edges
            .filter((x) => x.type === 'IN' && x.source === e.source)
            .flatMap((x) => g.edges.filter((y) => y.type === 'ON_TOPIC' && y.source === x.target).map((y) => y.target));
    for (const c of cols) {
      const key = `${orgId}|${c}`;
      const cell = cells.get(key) ?? { row: orgId, column: c, statements: new Set() };
      cell.statements.add(e.source);
      cells.set(key, cell);
    }
  }
  const axis = (idsList: string[]) =>
    [...new Set(idsList)].map((id) => {
      const n = g.nodes.get(id)!;
      const total = new Set([...cells.values()].filter((c) => c.row === id || c.column === id).flatMap((c) => [...c.statements])).size;
      return { id, label: n.name, kind: (n.properties.kind as string) ?? null, total };
    });
  const all = [...cells.values()];
  return {
    rows: axis(all.map((c) => c.row)).sort((a, b) => b.total - a.total),
    columns: axis(all.map((c) => c.column)),
    cells: all.map((c) => ({
      row: c.row,
      column: c.column,
      count: c.statements.size,
      statements: [...c.statements].map((s) => statementSummary(g, s)),
    })),
    totalStatements: new Set(all.flatMap((c) => [...c.statements])).size,
  };
}

function nodeDetail(g: MockGraph, id: string) {
  const n = g.nodes.get(id);
  if (!n) return null;
  let evidence: ReturnType<typeof citation>[];
  if (n.label === 'Paragraph') evidence = [citation(g, id)];
  else {
    const own = g.edges.filter((e) => e.type === 'EVIDENCED_BY' && e.source === id);
    evidence = own.length
      ? own.map((e) => citation(g, e.target, (e.properties.quote as string) ?? null))
      : [
          ...new Set(
            g.edges
              .filter((e) => e.source === id || e.target === id)
              .flatMap((e) => ((e.properties.paragraphs as string[]) ?? []).map((p) => `${e.properties.documentId}/para:${p}`)),
          ),
        ]
          .filter((p) => g.nodes.has(p))
          .sort((a, b) => Number(a.split(':').pop()) - Number(b.split(':').pop()))
          .map((p) => citation(g, p));
  }
  return { node: n, evidence };
}

export function answer(g: MockGraph, operationName: string, v: Vars): unknown {
  switch (operationName) {
    case 'ViewerStart':
      return { meetings: [...g.nodes.values()].filter((n) => n.label === 'Meeting').map((n) => ({ id: n.id, name: n.name })) };
    case 'ViewerSearch':
      return { search: search(g, String(v.query), Number(v.first ?? 20)) };
    case 'ViewerNodeDetail':
      return { node: nodeDetail(g, String(v.id)) };
    case 'ViewerNeighbourhood':
      return { neighbourhood: neighbourhood(g, String(v.id), Number(v.depth ?? 1), Number(v.limit ?? 100)) };
    case 'ViewerShortestPath':
      return { shortestPath: shortestPath(g, String(v.from), String(v.to), Number(v.maxLength ?? 6)) };
    case 'ViewerEngagementByTopic':
      return { engagementByTopic: engagement(g, 'topic') };
    case 'ViewerEngagementByMeeting':
      return { engagementByMeeting: engagement(g, 'meeting') };
    default:
      throw new Error(`mock API: unknown operation ${operationName}`);
  }
}

export interface MockServer {
  url: string;
  graph: MockGraph;
  close: () => Promise<void>;
}

export async function startMockServer(port = 0, graph: MockGraph = buildMockGraph()): Promise<MockServer> {
  const dist = path.join(PROJECT_ROOT, 'web', 'dist');
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/graphql') && req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        try {
          const { query, variables } = JSON.parse(body) as { query: string; variables?: Vars };
          const op = /^\s*query\s+(\w+)/m.exec(query)?.[1] ?? '';
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data: answer(graph, op, variables ?? {}) }));
        } catch (err) {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
        }
      });
      return;
    }
    void serveStatic(dist, req, res).then((ok) => {
      if (!ok) {
        res.writeHead(404);
        res.end('not found');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}/`, graph, close: () => new Promise((r) => server.close(() => r())) };
}
