/**
 * The `kg` command as a user runs it: a child process (`node bin/kg.js …`) pointed at the test
 * Neo4j through NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, asserting exit codes, what goes to stdout
 * and stderr, and what ends up in the graph. Every run costs a process start (seconds on a
 * loaded machine), so one ingest is shared by the tests after it (they run in file order), and
 * runs that do not depend on each other go in parallel.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import type { Database } from '../../src/db/connection.js';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { MAX_DOCUMENT_BYTES } from '../../src/ingest/parse/index.js';
import { openTestDatabase, resetDatabase, testNeo4j } from '../support/test-db.js';

// graphology's XML parsers expect the browser's DOMParser.
(globalThis as { DOMParser?: unknown }).DOMParser ??= DOMParser;

const KG = path.join(PROJECT_ROOT, 'bin', 'kg.js');
/** A run that does not end within this is a CLI that forgot to exit (open sockets, timers). */
const RUN_TIMEOUT_MS = 120_000;
const SLOW = 300_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment the CLI sees: none of the caller's Neo4j or kg settings, unless given. */
function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(NEO4J_|KG_)/.test(k)) env[k] = v;
  env.NO_COLOR = '1';
  for (const [k, v] of Object.entries(extra))
    if (v === undefined) delete env[k];
    else env[k] = v;
  return env;
}

function run(args: string[], env: Record<string, string | undefined> = dbEnv()): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], { cwd: PROJECT_ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kg ${args.join(' ')} did not exit within ${RUN_TIMEOUT_MS / 1000} s\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function dbEnv(): Record<string, string> {
  const t = testNeo4j();
  return { NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password };
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

/** A one-line user error: exit 1, a single line on stderr, no stack trace, nothing on stdout. */
function expectOneLineError(r: Run, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(lines(r.stderr), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

let db: Database;
let dir: string;
let documents: string[];

const count = async (cypher: string, params: Record<string, unknown> = {}) => (await db.query<{ n: number }>(cypher, params))[0]!.n;

beforeAll(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  dir = await mkdtemp(path.join(tmpdir(), 'kg-cli-'));
  const seeds = (await readdir(path.join(PROJECT_ROOT, 'seeds'))).filter((f) => f.endsWith('.md')).map((f) => path.join('seeds', f));
  const fixtures = (await readdir(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'documents')))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('tests', 'fixtures', 'documents', f));
  // What the shell makes of `seeds/*.md tests/fixtures/documents/*.md`.
  documents = [...seeds.sort(), ...fixtures.sort()];
  expect(documents.length).toBeGreaterThanOrEqual(2);
});

afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('kg ingest', () => {
  it("--dry-run prints each document's facts and graph as JSON and writes nothing", { timeout: SLOW }, async () => {
    const r = await run(['ingest', '--dry-run', ...documents]);
    expect(r.code, r.stderr).toBe(0);
    // One pretty-printed object per document: only their own braces start a line.
    const objects = r.stdout
      .trim()
      .split(/\n(?=\{)/)
      .map((s) => JSON.parse(s) as Record<string, unknown>);
    expect(objects.map((o) => o.file)).toEqual(documents);
    for (const o of objects) {
      expect(o.documentId).toEqual(expect.any(String));
      expect(o.facts).toEqual(expect.any(Object));
      expect((o.graph as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
      expect((o.graph as { relationships: unknown[] }).relationships.length).toBeGreaterThan(0);
    }
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(0);
  });

  it('creates each document, one line per document', { timeout: SLOW }, async () => {
    const r = await run(['ingest', ...documents]);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(documents.length);
    documents.forEach((file, i) => {
      expect(out[i]).toMatch(/^created\s/);
      expect(out[i]).toContain(file);
      expect(out[i]).toMatch(/\d+ nodes and \d+ relationships created/);
    });
    // Not a terminal: no progress bar, no carriage returns.
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toMatch(/ingest \[/);
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(documents.length);
  });

  it('again: every document unchanged, nothing created or updated', { timeout: SLOW }, async () => {
    const before = await count('MATCH (n) RETURN count(n) AS n');
    const r = await run(['ingest', ...documents]);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(documents.length);
    for (const l of out) {
      expect(l).toMatch(/^unchanged\s/);
      expect(l).toContain('(0 created, 0 updated)');
    }
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(before);
  });

  it('--json prints one JSON report per document', { timeout: SLOW }, async () => {
    const r = await run(['ingest', '--json', ...documents]);
    expect(r.code, r.stderr).toBe(0);
    const reports = lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(reports.map((x) => x.file)).toEqual(documents);
    for (const x of reports) {
      expect(x).toMatchObject({ status: 'unchanged', nodesCreated: 0, relationshipsCreated: 0, error: null });
      expect(x.documentId).toEqual(expect.any(String));
      expect(x.nodes).toBeGreaterThan(0);
      // The report, not the dry run's payload.
      expect(x).not.toHaveProperty('facts');
      expect(x).not.toHaveProperty('graph');
    }
  });
});

describe('kg ingest with bad input', () => {
  it('reports each bad file on one line, writes nothing of it, ingests the good one, exits 1', { timeout: SLOW }, async () => {
    const bad: [string, string | Buffer, RegExp][] = [
      ['empty.md', '', /empty/i],
      ['binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]), /binary/i],
      [
        'latin1.md',
        Buffer.concat([Buffer.from('## I. Intro\n\n1. Caf'), Buffer.from([0xe9]), Buffer.from(' des r\xe9fugi\xe9s.\n', 'latin1')]),
        /UTF-8/,
      ],
      ['huge.md', Buffer.alloc(MAX_DOCUMENT_BYTES + 1024 * 1024, '1. Lorem ipsum dolor sit amet.\n\n'), /over the limit/i],
      [
        'unnumbered.md',
        '# A note\n\nThis text has headings and prose but not one numbered paragraph.\n\nNor here.\n',
        /numbered paragraph/i,
      ],
      [
        'duplicated.md',
        '## I. Introduction\n\n1. The first paragraph.\n\n2. The second paragraph.\n\n2. The second paragraph again.\n',
        /duplicate/i,
      ],
    ];
    for (const [name, content] of bad) await writeFile(path.join(dir, name), content);
    const missing = path.join(dir, 'missing.md');
    const good = path.join(dir, 'good-dialogue.md');
    await writeFile(
      good,
      '## I. Discussion\n\n1. The panellist from the Lantern Shelter Alliance (LSA) described shelters for survivors.\n\n2. LSA stressed training for border officials.\n',
    );
    const before = (await db.query<{ id: string }>('MATCH (n) RETURN n.id AS id')).map((x) => x.id);

    const files = [...bad.map(([name]) => path.join(dir, name)), missing, good];
    const r = await run(['ingest', ...files]);

    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const errors = lines(r.stderr);
    for (const [name, , problem] of bad) {
      const mine = errors.filter((l) => l.includes(path.join(dir, name)));
      expect(mine, `${name}: ${r.stderr}`).toHaveLength(1);
      expect(mine[0]!.startsWith(`error: ${path.join(dir, name)}: `), mine[0]).toBe(true);
      expect(mine[0]).toMatch(problem);
    }
    const missingLines = errors.filter((l) => l.includes(missing));
    expect(missingLines, r.stderr).toHaveLength(1);
    expect(missingLines[0]).toBe(`error: ${missing}: no such file or directory`);
    // One line per bad document, then the summary.
    expect(errors).toHaveLength(bad.length + 2);
    expect(errors.at(-1)).toMatch(/7 of 8 document\(s\) failed/);

    // The good document still went in, and only it.
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^created\s/);
    expect(out[0]).toContain(good);
    expect(await count("MATCH (d:Document {sourceFile: 'good-dialogue.md'}) RETURN count(d) AS n")).toBe(1);
    const names = [...bad.map(([name]) => name), 'missing.md'];
    expect(await count('MATCH (d:Document) WHERE d.sourceFile IN $names RETURN count(d) AS n', { names })).toBe(0);
    const goodId = (await db.query<{ id: string }>("MATCH (d:Document {sourceFile: 'good-dialogue.md'}) RETURN d.id AS id"))[0]!.id;
    // Every node the run added is the good document's own or a shared one (an organization, a
    // concept) that only it refers to: nothing came from the bad files.
    const added = await db.query<{ id: string; ownedOrLinked: boolean }>(
      `MATCH (n) WHERE NOT n.id IN $before
       RETURN n.id AS id, n.documentId = $goodId OR EXISTS { (n)--(m) WHERE m.documentId = $goodId } AS ownedOrLinked`,
      { before, goodId },
    );
    expect(added.filter((a) => !a.ownedOrLinked)).toEqual([]);
    expect(added.map((a) => a.id)).toContain(goodId);
    expect(await count("MATCH (o:Organization {acronym: 'LSA'}) RETURN count(o) AS n")).toBe(1);
  });
});

describe('kg export', () => {
  let nodes: number;
  let relationships: number;

  beforeAll(async () => {
    nodes = await count('MATCH (n) RETURN count(n) AS n');
    relationships = await count('MATCH ()-[r]->() RETURN count(r) AS n');
    expect(nodes).toBeGreaterThan(0);
  });

  it('--format json: the whole graph, byte-identical twice; --out writes the same bytes', { timeout: SLOW }, async () => {
    const out = path.join(dir, 'graph.json');
    const [a, b, c] = await Promise.all([
      run(['export', '--format', 'json']),
      run(['export', '--format', 'json']),
      run(['export', '--format', 'json', '--out', out]),
    ]);
    for (const r of [a, b, c]) expect(r.code, r.stderr).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(b.stdout).toBe(a.stdout);
    const parsed = JSON.parse(a.stdout) as {
      nodes: { id: string; labels: string[] }[];
      relationships: { type: string; start: string; end: string }[];
    };
    expect(parsed.nodes).toHaveLength(nodes);
    expect(parsed.relationships).toHaveLength(relationships);
    expect(Object.keys(parsed.nodes[0]!)).toEqual(['id', 'labels', 'properties']);
    expect(Object.keys(parsed.relationships[0]!)).toEqual(['type', 'start', 'end', 'properties']);
    expect(c.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toBe(a.stdout);
  });

  it('--format graphml and gexf parse as XML with every node and edge, the same bytes each time', { timeout: SLOW }, async () => {
    const graphmlFile = path.join(dir, 'graph.graphml');
    const gexfFile = path.join(dir, 'graph.gexf');
    const runs = await Promise.all([
      run(['export', '--format', 'graphml', '--out', graphmlFile]),
      run(['export', '--format', 'graphml']),
      run(['export', '--format', 'gexf', '--out', gexfFile]),
      run(['export', '--format', 'gexf']),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const [, graphml, , gexf] = runs as [Run, Run, Run, Run];
    expect(await readFile(graphmlFile, 'utf8')).toBe(graphml.stdout);
    expect(await readFile(gexfFile, 'utf8')).toBe(gexf.stdout);
    const g1 = parseGraphml(MultiDirectedGraph, graphml.stdout);
    expect(g1.order).toBe(nodes);
    expect(g1.size).toBe(relationships);
    const g2 = parseGexf(MultiDirectedGraph, gexf.stdout);
    expect(g2.order).toBe(nodes);
    expect(g2.size).toBe(relationships);
  });

  it('--format csv --out DIR writes elements.csv and connections.csv', { timeout: SLOW }, async () => {
    const out = path.join(dir, 'csv');
    const r = await run(['export', '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['connections.csv', 'elements.csv']);
    const elements = await readFile(path.join(out, 'elements.csv'), 'utf8');
    const connections = await readFile(path.join(out, 'connections.csv'), 'utf8');
    expect(elements.split('\n')[0]).toBe('ID,Label,Type,Description,Properties');
    expect(connections.split('\n')[0]).toBe('From,To,Type,Document,Properties');
    // Every node id starts a record (ids hold no commas or quotes).
    const ids = (await db.query<{ id: string }>('MATCH (n) RETURN n.id AS id')).map((x) => x.id);
    for (const id of ids) expect(elements).toContain(`\n${id},`);
  });
});

describe('kg stats', () => {
  it('prints nodes by label and relationships by type', { timeout: SLOW }, async () => {
    const r = await run(['stats']);
    expect(r.code, r.stderr).toBe(0);
    const total = await count('MATCH (n) RETURN count(n) AS n');
    const rels = await count('MATCH ()-[r]->() RETURN count(r) AS n');
    expect(r.stdout).toMatch(new RegExp(`^nodes: ${total}$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^relationships: ${rels}$`, 'm'));
    const docs = await count('MATCH (d:Document) RETURN count(d) AS n');
    expect(r.stdout).toMatch(new RegExp(`^\\s+Document\\s+${docs}$`, 'm'));
    expect(r.stdout).toMatch(/^\s+HAS_PARAGRAPH\s+\d+$/m);
  });
});

describe('usage errors', () => {
  it('an unknown option, an unknown format and a missing --format: exit 1 with one line', { timeout: SLOW }, async () => {
    const [bogus, pdf, noFormat] = await Promise.all([run(['--bogus']), run(['export', '--format', 'pdf']), run(['export'])]);
    expectOneLineError(bogus, /--bogus/);
    expectOneLineError(pdf, /pdf/);
    expectOneLineError(noFormat, /--format/);
  });

  it('export to somewhere it cannot write, or csv with no directory: exit 1 with one line', { timeout: SLOW }, async () => {
    const nowhere = path.join(dir, 'no-such-dir', 'graph.json');
    const [json, csv] = await Promise.all([run(['export', '--format', 'json', '--out', nowhere]), run(['export', '--format', 'csv'])]);
    expectOneLineError(json, /cannot write/);
    expect(json.stderr).toContain(`cannot write ${nowhere}: its directory does not exist`);
    expectOneLineError(csv, /--out DIR/);
  });
});

describe('database settings', () => {
  it('an unreachable database: exit 1 with one line naming the URI', { timeout: SLOW }, async () => {
    const uri = 'bolt://127.0.0.1:1';
    const r = await run(['stats'], { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'whatever' });
    expectOneLineError(r, /bolt:\/\/127\.0\.0\.1:1\b/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('NEO4J_URI without NEO4J_PASSWORD, or with a scheme the driver does not speak: exit 1 saying so', { timeout: SLOW }, async () => {
    const [noPassword, http] = await Promise.all([
      run(['stats'], { NEO4J_URI: testNeo4j().uri }),
      run(['stats'], { NEO4J_URI: 'http://127.0.0.1:7474', NEO4J_PASSWORD: 'whatever' }),
    ]);
    expectOneLineError(noPassword, /NEO4J_PASSWORD/);
    expectOneLineError(http, /NEO4J_URI: scheme http:\/\/ is not one of bolt:\/\/.*neo4j:\/\//);
  });
});
