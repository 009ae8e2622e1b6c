/**
 * Hostile documents through `kg ingest` (a child process, as a user runs it): markup and
 * script tags, control characters, NUL bytes, invalid UTF-8, an empty file, a binary file,
 * a 10 MB paragraph, a 1 MB word, 100,000 paragraphs, 3,000-deep lists and quotes, a 20 MB+
 * file. Each must be either ingested safely (the text stored verbatim as data, the graph
 * consistent, the API giving it back as a JSON string) or refused with one clear line and
 * exit code 1, nothing of it written; never a stack trace; time and peak RSS bounded and
 * reported. The quick form shrinks the slow cases (sizes noted in each row).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import type { Database } from '../../src/db/connection.js';
import { MAX_DOCUMENT_BYTES, MAX_PARAGRAPHS, parseDocument } from '../../src/ingest/parse/index.js';
import { documentIdOf } from '../../src/ingest/resolve/index.js';
import { emptyGraph } from '../../src/db/empty-graph.js';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { databaseEnv, kgEnv } from './kg-process.js';
import type { Scenario, ScenarioResult } from './scenario.js';

const KG = path.join(PROJECT_ROOT, 'bin', 'kg.js');
const MB = 1024 * 1024;
/** Bounds every case must stay within (a child's wall time, its peak RSS). */
const LIMITS = { seconds: 240, rssBytes: 1.5 * 1024 * MB };
const STACK = /\n\s+at \S|\bat .+\.(ts|js|mjs|cjs):\d+/;

interface HostileCase {
  name: string;
  file: string;
  bytes: () => Buffer;
  expect: 'ingested' | 'refused';
  /** For ingested cases: strings that must come back from the API, verbatim, in the paragraphs' text. */
  verbatim?: string[];
}

const TITLE = '# Summary of a hostile dialogue\n\n## I. Introduction\n\n';

function cases(quick: boolean): HostileCase[] {
  const text = (s: string) => () => Buffer.from(s, 'utf8');
  const bigParagraphBytes = quick ? 1 * MB : 10 * MB;
  // Indented two spaces a level, 3,000 levels is a 9 MB file (5,000 would pass the 20 MB limit).
  const nesting = quick ? 1_000 : 3_000;
  const script = '<script>alert("x")</script>';
  const img = '<img src=x onerror="alert(1)">';
  const controls = 'bell\u0007 escape\u001b[31mred\u001b[0m back\u0008space del\u007f rlo\u202etxt.exe zero\u200bwidth bom\ufeffin';
  return [
    {
      name: 'Markdown and HTML markup, <script>, <img onerror>',
      file: 'hostile-markup.md',
      bytes: text(
        `${TITLE}1. A participant quoted ${script} and ${img} in a submission.\n\n` +
          `2. Links [click](javascript:alert(1)) and <iframe src="https://example.org"></iframe> and &lt;b&gt; entities.\n\n` +
          '3. A table | a | b | and `code` and <!-- a comment --> and **bold** text.\n',
      ),
      expect: 'ingested',
      // Markdown: raw HTML is markup, so tags are dropped and their words kept; an escaped
      // entity is text, stored and served as the characters it stands for.
      verbatim: ['alert("x")', 'Links click and', '<b> entities'],
    },
    {
      name: 'markup in a plain-text file, <script>, <img onerror>',
      file: 'hostile-markup-plain.txt',
      bytes: text(
        `Summary of a hostile dialogue\n\nI. Introduction\n\n1. A participant quoted ${script} and ${img} in a submission.\n\n2. And 2 * 3 _under_ {braces} javascript:alert(1).\n`,
      ),
      expect: 'ingested',
      verbatim: [script, img, '2 * 3 _under_ {braces} javascript:alert(1)'],
    },
    {
      name: 'control characters (BEL, ESC, BS, DEL, RLO, zero-width, BOM inside)',
      file: 'hostile-controls.md',
      bytes: text(`${TITLE}1. Control characters: ${controls}.\n\n2. A second paragraph.\n`),
      expect: 'ingested',
      verbatim: ['\u001b[31mred\u001b[0m', 'rlo\u202etxt.exe', 'zero\u200bwidth'],
    },
    { name: 'NUL bytes', file: 'hostile-nul.md', bytes: text(`${TITLE}1. Before\u0000after.\n`), expect: 'refused' },
    {
      name: 'invalid UTF-8',
      file: 'hostile-invalid-utf8.md',
      bytes: () => Buffer.concat([Buffer.from(`${TITLE}1. Bad bytes: `), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('.\n')]),
      expect: 'refused',
    },
    { name: 'empty file', file: 'hostile-empty.md', bytes: () => Buffer.alloc(0), expect: 'refused' },
    { name: 'whitespace only', file: 'hostile-blank.md', bytes: text(' \n\t\n   \n'), expect: 'refused' },
    {
      name: 'binary file (PNG header and random bytes)',
      file: 'hostile-binary.md',
      bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pseudoRandomBytes(64 * 1024)]),
      expect: 'refused',
    },
    {
      name: `a ${bigParagraphBytes / MB} MB paragraph`,
      file: 'hostile-big-paragraph.md',
      bytes: () => Buffer.from(`${TITLE}1. ${wordsOfSize(bigParagraphBytes)}.\n\n2. A short paragraph after it.\n`),
      expect: 'ingested',
    },
    {
      name: 'a 1 MB word (no spaces)',
      file: 'hostile-big-word.md',
      bytes: () => Buffer.from(`${TITLE}1. ${'x'.repeat(MB)}.\n`),
      expect: 'ingested',
    },
    {
      name: `${quick ? (MAX_PARAGRAPHS + 1).toLocaleString('en') : '100,000'} paragraphs`,
      file: 'hostile-many-paragraphs.md',
      bytes: () => manyParagraphs(quick ? MAX_PARAGRAPHS + 1 : 100_000),
      expect: 'refused',
    },
    {
      name: quick ? '500 paragraphs' : `${MAX_PARAGRAPHS.toLocaleString('en')} paragraphs (at the limit), each mentioning one concept`,
      file: 'hostile-paragraphs-at-limit.md',
      bytes: () => manyParagraphs(quick ? 500 : MAX_PARAGRAPHS),
      expect: 'ingested',
    },
    {
      name: `lists nested ${nesting.toLocaleString('en')} deep`,
      file: 'hostile-nested-lists.md',
      bytes: text(
        `${TITLE}1. Before the list.\n\n${Array.from({ length: nesting }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n\n2. After the list.\n`,
      ),
      expect: 'ingested',
    },
    {
      name: `block quotes nested ${nesting.toLocaleString('en')} deep`,
      file: 'hostile-nested-quotes.md',
      bytes: text(`${TITLE}1. Before the quote.\n\n${'> '.repeat(nesting)}deep quote\n\n2. After the quote.\n`),
      expect: 'ingested',
    },
    {
      name: 'a file over 20 MB',
      file: 'hostile-huge.md',
      bytes: () => Buffer.concat([Buffer.from(TITLE), Buffer.from(wordsOfSize(MAX_DOCUMENT_BYTES + MB))]),
      expect: 'refused',
    },
  ];
}

interface Outcome {
  name: string;
  outcome: 'ingested' | 'refused' | 'crashed';
  code: number | null;
  seconds: number;
  peakRssMb: number | null;
  message: string;
  problems: string[];
}

export const hostileDocuments: Scenario = async (ctx) => {
  await emptyGraph(ctx.db);
  const dir = await mkdtemp(path.join(tmpdir(), 'kg-hostile-'));
  const api = await startApiProcess(ctx.settings);
  const outcomes: Outcome[] = [];
  try {
    for (const c of cases(ctx.quick)) {
      const file = path.join(dir, c.file);
      await writeFile(file, c.bytes());
      const before = await counts(ctx.db);
      ctx.log(`hostile: ${c.name}`);
      const run = await runIngest(file, ctx.settings);
      const problems: string[] = [];
      if (STACK.test(run.stdout + run.stderr)) problems.push('stack trace in the output');
      if (run.seconds > LIMITS.seconds) problems.push(`took ${run.seconds} s (limit ${LIMITS.seconds})`);
      if (run.peakRssBytes !== null && run.peakRssBytes > LIMITS.rssBytes) problems.push(`peak RSS over ${LIMITS.rssBytes / MB} MB`);
      const outcome = run.code === 0 ? 'ingested' : run.code === 1 ? 'refused' : 'crashed';
      if (outcome !== c.expect) problems.push(`expected ${c.expect}, was ${outcome} (exit ${run.code})`);
      const errorLines = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
      if (outcome === 'refused') {
        if (errorLines.length !== 1 || !errorLines[0]!.includes(file))
          problems.push(`expected one "error: <file>: …" line, got: ${run.stderr.trim()}`);
        const after = await counts(ctx.db);
        if (after.nodes !== before.nodes || after.relationships !== before.relationships) {
          problems.push(
            `partially written: ${before.nodes}/${before.relationships} → ${after.nodes}/${after.relationships} nodes/relationships`,
          );
        }
      } else if (outcome === 'ingested') {
        problems.push(...(await checkIngested(ctx.db, api, c, file)));
      }
      outcomes.push({
        name: c.name,
        outcome,
        code: run.code,
        seconds: run.seconds,
        peakRssMb: run.peakRssBytes === null ? null : Math.round(run.peakRssBytes / MB),
        message:
          outcome === 'refused'
            ? (errorLines[0] ?? run.stderr.trim()).replace(`${dir}/`, '')
            : run.stdout.trim().replace(`${dir}/`, '').slice(0, 160),
        problems,
      });
      await rm(file);
    }
  } finally {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
  return outcomes.map((o): ScenarioResult => ({
    scenario: `hostile document: ${o.name}`,
    figure: `${o.outcome} (exit ${o.code}) in ${o.seconds} s, peak RSS ${o.peakRssMb ?? '?'} MB — ${o.message}${o.problems.length ? `; PROBLEMS: ${o.problems.join('; ')}` : ''}`,
    pass: o.problems.length === 0,
    data: { ...o },
  }));
};

/** The document is in the graph whole, and the API returns its text verbatim as JSON strings. */
async function checkIngested(db: Database, api: ApiProcess, c: HostileCase, file: string): Promise<string[]> {
  const problems: string[] = [];
  const id = documentIdOf(parseDocument(await readFile(file), file));
  const [doc] = await db.query<{ paragraphCount: number | null; linked: number; texts: number }>(
    // paragraphCount counts the numbered paragraphs; title lines and annex blocks are Paragraphs too (kind).
    `MATCH (d:Document {id: $id}) OPTIONAL MATCH (d)-[:HAS_PARAGRAPH]->(p:Paragraph {kind: 'numbered'})
     RETURN d.paragraphCount AS paragraphCount, count(p) AS linked, count(p.text) AS texts`,
    { id },
  );
  if (!doc) return [`no Document ${id} in the graph`];
  if (doc.linked === 0 || doc.texts !== doc.linked) problems.push(`${doc.linked} paragraphs linked, ${doc.texts} with text`);
  if (doc.paragraphCount !== null && doc.paragraphCount !== doc.linked)
    problems.push(`paragraphCount ${doc.paragraphCount} but ${doc.linked} linked`);
  if (c.verbatim) {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { paragraphs(where: { document: { id: { eq: $id } } }) { text } }',
        variables: { id },
      }),
    });
    const type = res.headers.get('content-type') ?? '';
    const body = (await res.json()) as { data?: { paragraphs: { text: string }[] }; errors?: unknown };
    if (!type.startsWith('application/json') || body.errors || !body.data)
      problems.push(`API answered ${res.status} ${type} ${JSON.stringify(body.errors)}`);
    const texts = (body.data?.paragraphs ?? []).map((p) => p.text).join('\n');
    for (const v of c.verbatim) if (!texts.includes(v)) problems.push(`API text lacks ${JSON.stringify(v)}`);
  }
  return problems;
}

async function counts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [n] = await db.query<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
  const [r] = await db.query<{ relationships: number }>('MATCH ()-[r]->() RETURN count(r) AS relationships');
  return { nodes: n!.nodes, relationships: r!.relationships };
}

interface IngestRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssBytes: number | null;
}

/** `kg ingest <file>` as a child; peak RSS from /proc/<pid>/status (VmHWM, a high-water mark) read until it exits. */
function runIngest(file: string, settings: Parameters<typeof databaseEnv>[0]): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [KG, 'ingest', file], {
      cwd: PROJECT_ROOT,
      env: kgEnv(databaseEnv(settings)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const poll = setInterval(() => {
      void readFile(`/proc/${child.pid}/status`, 'utf8')
        .then((s) => {
          const kb = Number(/VmHWM:\s+(\d+) kB/.exec(s)?.[1]);
          if (Number.isFinite(kb)) peak = Math.max(peak ?? 0, kb * 1024);
        })
        .catch(() => undefined);
    }, 50);
    const kill = setTimeout(() => child.kill('SIGKILL'), (LIMITS.seconds + 60) * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(kill);
      resolve({ code, stdout, stderr, seconds: Math.round((performance.now() - t0) / 100) / 10, peakRssBytes: peak });
    });
  });
}

function manyParagraphs(n: number): Buffer {
  const lines = [TITLE];
  for (let i = 1; i <= n; i++)
    lines.push(`${i}. Paragraph ${i}: States parties should strengthen cooperation against the smuggling of migrants.\n\n`);
  return Buffer.from(lines.join(''));
}

/** Ordinary words up to `bytes`. */
function wordsOfSize(bytes: number): string {
  const unit = 'migrants smugglers border corruption victims cooperation ';
  return unit
    .repeat(Math.ceil(bytes / unit.length))
    .slice(0, bytes)
    .trim();
}

function pseudoRandomBytes(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
