/**
 * Every export format of the seed graph, read back by the tools people use it with:
 * networkx and python-igraph (Python, pinned in tests/consumers/requirements.txt, installed by
 * .ci/run into .venv) and graphology's GraphML and GEXF parsers. Each must find every node
 * with its Neo4j labels in the `labels` attribute and every property with its value and its
 * type: integers as integers (not 43.0), fractions as floats, lists as lists (or, where the
 * format has no list type, as JSON text of the list).
 *
 * Expected types come from the data, not from the writers: a property whose every value in
 * the graph is a whole number is an integer; one fraction makes the property a float.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { render, renderCsv } from '../../../src/export/index.js';
import type { GraphSnapshot } from '../../../src/export/snapshot.js';
import { seedSnapshot } from '../../support/seed-snapshot.js';

(globalThis as { DOMParser?: unknown }).DOMParser ??= DOMParser;

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PYTHON = process.env.KG_TEST_PYTHON ?? path.join(ROOT, '.venv', 'bin', 'python');
const READER = path.join(ROOT, 'tests', 'consumers', 'read_export.py');
const havePython = existsSync(PYTHON);
// CI installs the consumers (.ci/run); elsewhere say how rather than fail on a missing tool.
if (!havePython && !process.env.CI) {
  console.warn(
    `export consumer tests skipped: no ${PYTHON}. python3 -m venv .venv && .venv/bin/pip install -r tests/consumers/requirements.txt`,
  );
}

type Format = 'graphml' | 'gexf' | 'json' | 'csv';
type Typed = [string, unknown];
interface Read {
  nodes: Record<string, Record<string, Typed>>;
  edges: [string, string, Record<string, Typed>][];
}

let snapshot: GraphSnapshot;
const files = {} as Record<Format, string>;

/** Python's name for the type a property must come back as, from the graph's own values. */
function expectedTypes(all: Record<string, unknown>[]): Map<string, string> {
  const kinds = new Map<string, Set<string>>();
  for (const p of all)
    for (const [k, v] of Object.entries(p)) {
      const kind = Array.isArray(v)
        ? 'list'
        : typeof v === 'number'
          ? Number.isInteger(v)
            ? 'int'
            : 'float'
          : typeof v === 'boolean'
            ? 'bool'
            : 'str';
      (kinds.get(k) ?? kinds.set(k, new Set()).get(k)!).add(kind);
    }
  const out = new Map<string, string>();
  for (const [k, s] of kinds) out.set(k, s.size === 1 ? [...s][0]! : s.size === 2 && s.has('int') && s.has('float') ? 'float' : 'mixed');
  return out;
}

/** What a consumer must hold for one property, given what the format can say. */
function expected(format: Format, tool: string, type: string, v: unknown): Typed | 'list-text' {
  // JSON has one number syntax: a whole number reads back as an int, whatever its property.
  if (format === 'json' || format === 'csv')
    return [
      Array.isArray(v) ? 'list' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v === 'boolean' ? 'bool' : 'str',
      v,
    ];
  if (type === 'mixed') return ['str', String(v)];
  if (type === 'list') return format === 'graphml' ? ['str', JSON.stringify(v)] : tool === 'networkx' ? 'list-text' : ['list', v];
  return [type, v];
}

function checkProperties(
  format: Format,
  tool: string,
  types: Map<string, string>,
  props: Record<string, unknown>,
  got: Record<string, Typed>,
  where: string,
) {
  for (const [k, v] of Object.entries(props)) {
    // networkx's GEXF reader always stores the GEXF label (the display name) as `label`,
    // over any attribute of that name: Topic's `label` cannot survive it there (GraphML keeps it).
    if (format === 'gexf' && tool === 'networkx' && k === 'label') continue;
    const want = expected(format, tool, types.get(k)!, v);
    const have = got[k];
    // igraph cannot tell an empty string from a missing one, and graphology's GEXF writer
    // leaves empty values out: "" may come back absent there, and only there.
    if (v === '' && have === undefined && (tool === 'igraph' || format === 'gexf')) continue;
    // GEXF cannot type a list that is empty everywhere; graphology leaves it out.
    if (Array.isArray(v) && v.length === 0 && have === undefined && format === 'gexf') continue;
    // igraph keeps every numeric attribute as a double (its attribute model has no integers):
    // a GraphML `long` arrives as 43.0 there, the value intact.
    if (tool === 'igraph' && format === 'graphml' && want !== 'list-text' && want[0] === 'int') {
      expect(have, `${where}.${k}`).toEqual(['float', v]);
      continue;
    }
    if (want === 'list-text') {
      // networkx reads GEXF 1.3 list types as their text, "[a, b]".
      expect(have?.[0], `${where}.${k}`).toBe('str');
      for (const item of v as unknown[]) expect(String(have?.[1]), `${where}.${k}`).toContain(String(item));
    } else if (want[0] === 'float') {
      // JavaScript has one number type: graphology's 1.0 is 1.
      if (tool === 'graphology') expect(typeof have?.[1], `${where}.${k}`).toBe('number');
      else expect(have?.[0], `${where}.${k}`).toBe('float');
      expect(have?.[1], `${where}.${k}`).toBeCloseTo(v as number, 12);
    } else expect(have, `${where}.${k}`).toEqual(want);
  }
}

function python(tool: string, format: Format): Read {
  return JSON.parse(
    execFileSync(PYTHON, [READER, tool, format, files[format]], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as Read;
}

function checkRead(format: Format, tool: string, read: Read) {
  const nodeTypes = expectedTypes(snapshot.nodes.map((n) => n.properties));
  const edgeTypes = expectedTypes(snapshot.relationships.map((r) => r.properties));
  expect(Object.keys(read.nodes).length).toBe(snapshot.nodes.length);
  expect(read.edges.length).toBe(snapshot.relationships.length);
  for (const n of snapshot.nodes) {
    const got = read.nodes[n.id];
    expect(got, n.id).toBeDefined();
    expect(got!.labels, `${n.id} labels`).toEqual(['str', `:${n.labels.join(':')}`]);
    checkProperties(format, tool, nodeTypes, n.properties, got!, n.id);
  }
  // Edges: each relationship matched to one edge between the same nodes with its type.
  const pool = new Map<string, Record<string, Typed>[]>();
  for (const [s, t, attrs] of read.edges) (pool.get(`${s}\u0000${t}`) ?? pool.set(`${s}\u0000${t}`, []).get(`${s}\u0000${t}`)!).push(attrs);
  for (const r of snapshot.relationships) {
    const candidates = pool.get(`${r.start}\u0000${r.end}`) ?? [];
    const i = candidates.findIndex(
      (a) =>
        a.type?.[1] === r.type &&
        Object.entries(r.properties).every(([k, v]) => {
          const want = expected(format, tool, edgeTypes.get(k)!, v);
          // Matching only: values are checked, types too, by checkProperties below.
          return (
            want === 'list-text' ||
            (typeof v === 'number' ? Number(a[k]?.[1]) === v : JSON.stringify(a[k]?.[1]) === JSON.stringify(want[1]))
          );
        }),
    );
    expect(i, `${r.type} ${r.start} -> ${r.end} ${JSON.stringify(r.properties)}`).toBeGreaterThanOrEqual(0);
    const [attrs] = candidates.splice(i, 1);
    checkProperties(format, tool, edgeTypes, r.properties, attrs!, `${r.type} ${r.start}->${r.end}`);
  }
}

beforeAll(async () => {
  snapshot = await seedSnapshot();
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-export-'));
  for (const f of ['graphml', 'gexf', 'json'] as const) writeFileSync((files[f] = path.join(dir, `seed.${f}`)), render(f, snapshot));
  const csv = renderCsv(snapshot);
  mkdirSync((files.csv = path.join(dir, 'csv')));
  writeFileSync(path.join(dir, 'csv', 'elements.csv'), csv.elements);
  writeFileSync(path.join(dir, 'csv', 'connections.csv'), csv.connections);
}, 120_000);

describe('the seed graph as a consumer reads it', () => {
  it('is the whole seed (the snapshot the exports are made from)', () => {
    // The seed document names five discussion topics and eight panellists (README).
    expect(snapshot.nodes.filter((n) => n.labels.includes('Topic')).length).toBeGreaterThanOrEqual(5);
    expect(snapshot.nodes.some((n) => n.labels[0] === 'Topic' && typeof n.properties.label === 'string')).toBe(true);
    expect(snapshot.nodes.some((n) => n.labels[0] === 'Organization' && n.properties.kind === 'ngo')).toBe(true);
  });

  describe.skipIf(!havePython && !process.env.CI)('networkx and python-igraph', () => {
    for (const format of ['graphml', 'gexf', 'json', 'csv'] as const)
      it(`networkx reads ${format}`, { timeout: 60_000 }, () => checkRead(format, 'networkx', python('networkx', format)));
    // igraph has no GEXF reader; it reads GraphML, and JSON/CSV through Python's parsers.
    for (const format of ['graphml', 'json', 'csv'] as const)
      it(`igraph reads ${format}`, { timeout: 60_000 }, () => checkRead(format, 'igraph', python('igraph', format)));
  });

  for (const format of ['graphml', 'gexf', 'json'] as const) {
    it(`graphology reads ${format}`, () => {
      const text = render(format, snapshot);
      const g =
        format === 'graphml'
          ? parseGraphml(MultiDirectedGraph, text)
          : format === 'gexf'
            ? parseGexf(MultiDirectedGraph, text)
            : MultiDirectedGraph.from(fromJson(text));
      const read: Read = { nodes: {}, edges: [] };
      g.forEachNode((id, a) => (read.nodes[id] = typedJs(a)));
      g.forEachEdge((_e, a, s, t) => read.edges.push([s, t, typedJs(a)]));
      checkRead(format, 'graphology', read);
    });
  }
});

/** JavaScript cannot tell 43 from 43.0: a number is an int when whole, which is what the type check needs. */
function typedJs(a: Record<string, unknown>): Record<string, Typed> {
  const out: Record<string, Typed> = {};
  for (const [k, v] of Object.entries(a))
    out[k] = [
      Array.isArray(v) ? 'list' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v === 'boolean' ? 'bool' : 'str',
      v,
    ];
  return out;
}

function fromJson(text: string) {
  const data = JSON.parse(text) as {
    nodes: { id: string; labels: string[]; properties: object }[];
    relationships: { type: string; start: string; end: string; properties: object }[];
  };
  return {
    attributes: {},
    options: { type: 'directed' as const, multi: true, allowSelfLoops: true },
    nodes: data.nodes.map((n) => ({ key: n.id, attributes: { labels: `:${n.labels.join(':')}`, ...n.properties } })),
    edges: data.relationships.map((r) => ({ source: r.start, target: r.end, attributes: { type: r.type, ...r.properties } })),
  };
}
