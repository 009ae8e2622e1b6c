/**
 * Backups as a user makes them: `kg export --format json`, an empty database, `kg import`,
 * `kg export` again — the two exports must be the same bytes. Also: a restore into a graph
 * that is not empty, or of a damaged file, is refused with exit 1 and writes nothing.
 *
 * The graph holds the seed, a synthetic corpus and an audit entry from an API edit, so every
 * kind of node and property a real deployment has goes through the round trip.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadSettings, PROJECT_ROOT } from '../../src/config/settings.js';
import { Ingestor } from '../../src/ingest/index.js';
import { startServer } from '../../src/api/server.js';
import { emptyGraph } from '../../src/db/empty-graph.js';
import { generateDocument, mulberry32, organizationPool } from '../corpus/synthetic-corpus.js';
import { databaseEnv, runKg as runKgProcess } from './kg-process.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './scenario.js';

const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');

export const backup: Scenario = async (ctx) => {
  const documents = ctx.quick ? 10 : 1000;
  const dir = await mkdtemp(path.join(tmpdir(), 'kg-backup-'));
  try {
    await emptyGraph(ctx.db);
    ctx.log(`backup: ingesting the seed and ${documents} synthetic documents`);
    await fill(ctx, documents);
    await auditedEdit(ctx);

    const first = path.join(dir, 'backup.json');
    const second = path.join(dir, 'after-restore.json');
    const exported = await runKg(['export', '--format', 'json', '--out', first], ctx.settings);
    if (exported.code !== 0) throw new Error(`kg export failed: ${exported.stderr.trim()}`);
    const bytes = (await stat(first)).size;
    const rows: ScenarioResult[] = [];

    // A restore must not mix into a graph that is there.
    const refused = await runKg(['import', first], ctx.settings);
    rows.push({
      scenario: 'backup: import into a non-empty database refused',
      figure: `exit ${refused.code}: ${refused.stderr.trim().split('\n')[0]}`,
      pass: refused.code === 1 && /not empty/.test(refused.stderr) && refused.stderr.trim().split('\n').length === 1,
    });

    await emptyGraph(ctx.db);
    const damaged = path.join(dir, 'damaged.json');
    const text = await readFile(first, 'utf8');
    await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)));
    const bad = await runKg(['import', damaged], ctx.settings);
    const afterBad = await ctx.db.query<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    rows.push({
      scenario: 'backup: damaged backup refused, nothing written',
      figure: `exit ${bad.code}, ${afterBad[0]?.n ?? '?'} nodes after: ${bad.stderr.trim().split('\n')[0]}`,
      pass: bad.code === 1 && afterBad[0]?.n === 0,
    });

    const restored = await runKg(['import', first], ctx.settings);
    if (restored.code !== 0) throw new Error(`kg import failed: ${restored.stderr.trim()}`);
    const again = await runKg(['export', '--format', 'json', '--out', second], ctx.settings);
    if (again.code !== 0) throw new Error(`kg export after restore failed: ${again.stderr.trim()}`);
    const [a, b] = await Promise.all([sha256(first), sha256(second)]);
    const counts = restored.stderr.match(/restored (\d+) nodes and (\d+) relationships/);
    rows.unshift({
      scenario: 'backup: export → import → export byte-identical',
      figure: `${counts?.[1]} nodes + ${counts?.[2]} relationships, ${(bytes / 1e6).toFixed(1)} MB; export ${seconds(exported.ms)}, import ${seconds(restored.ms)}; sha256 ${a.slice(0, 12)} ${a === b ? '=' : '≠'} ${b.slice(0, 12)}`,
      pass: a === b,
      data: {
        documents,
        bytes,
        exportMs: exported.ms,
        importMs: restored.ms,
        nodes: Number(counts?.[1]),
        relationships: Number(counts?.[2]),
      },
    });
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

async function fill(ctx: ScenarioContext, documents: number): Promise<void> {
  const ingestor = await Ingestor.create(ctx.db);
  const seed = await ingestor.ingestFile(SEED);
  if (seed.status === 'failed') throw new Error(`seed: ${seed.error}`);
  const rand = mulberry32(7);
  const pool = organizationPool(Math.max(20, Math.round(documents / 4)), rand);
  for (let i = 0; i < documents; i++) {
    const r = await ingestor.ingestBytes(Buffer.from(generateDocument(i, pool, rand)), `backup-${i}.md`);
    if (r.status === 'failed') throw new Error(`synthetic document ${i}: ${r.error}`);
  }
}

/** One correction through the API, so the backup carries an audit entry and an edited node. */
async function auditedEdit(ctx: ScenarioContext): Promise<void> {
  const key = 'backup-scenario-key';
  const settings = loadSettings({ ...envOf(ctx), KG_EDITOR_KEYS: `backup:${key}` });
  const server = await startServer(settings, ctx.db, { port: 0, logger: pino({ level: 'silent' }), webDir: null, graphiqlDir: null });
  try {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({
        query:
          'mutation { correctNode(id: "org:mixed-migration-centre", set: {note: "checked by the backup scenario"}, reason: "backup round trip") { audit { id } } }',
      }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (!res.ok || body.errors) throw new Error(`the API edit failed: ${res.status} ${JSON.stringify(body.errors)}`);
  } finally {
    await server.close();
  }
}

function envOf(ctx: ScenarioContext): NodeJS.ProcessEnv {
  const n = ctx.settings.neo4j;
  return { NEO4J_URI: n.uri ?? undefined, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password ?? undefined, LOG_LEVEL: 'silent' };
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/** `kg …` against the scenario's database, with how long it took. */
async function runKg(args: string[], settings: ScenarioContext['settings']): Promise<{ code: number | null; stderr: string; ms: number }> {
  const t0 = performance.now();
  const r = await runKgProcess(args, databaseEnv(settings), 30 * 60_000);
  return { ...r, ms: performance.now() - t0 };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
