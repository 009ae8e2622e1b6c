/**
 * Ingestion throughput, as a ratio to a raw `UNWIND … MERGE` load of the same graph in the
 * same run (these machines are shared and noisy: only ratios mean anything).
 *
 *   npm run bench:ingest -- [documents=200] [seed=42]
 *
 * Order: raw, pipeline, raw again; the raw rate is the mean of the two, which cancels a drift
 * in machine load over the run. The pipeline's time includes parse, extract, resolve and
 * load; the raw load is handed the finished graphs (their preparation is not timed).
 */
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import type { Database } from '../src/db/connection.js';
import type { DocumentGraph } from '../src/graph/model.js';
import { Ingestor } from '../src/ingest/index.js';
import { openBenchDatabase, emptyDatabase } from './bench-db.js';
import { generateDocument, mulberry32, organizationPool } from './synthetic-corpus.js';

const documents = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 42);

async function main(): Promise<void> {
  const rand = mulberry32(seed);
  const pool = organizationPool(Math.max(20, Math.round(documents / 4)), rand);
  const texts = Array.from({ length: documents }, (_, i) => generateDocument(i, pool, rand));
  const db = await openBenchDatabase();
  try {
    // Prepare the graphs once (dry run) for the raw baseline.
    const dry = await Ingestor.create(null, { dryRun: true });
    const graphs: DocumentGraph[] = [];
    for (let i = 0; i < texts.length; i++) {
      const r = await dry.ingestBytes(Buffer.from(texts[i]!), `synthetic-${i}.md`);
      if (!r.graph) throw new Error(`synthetic document ${i} failed: ${r.error}`);
      graphs.push(r.graph);
    }
    const elements = graphs.reduce((s, g) => s + g.nodes.length + g.relationships.length, 0);

    await emptyDatabase(db);
    const raw1 = await timed(() => rawLoad(db, graphs));
    await emptyDatabase(db);
    const pipeline = await timed(async () => {
      const ingestor = await Ingestor.create(db);
      for (let i = 0; i < texts.length; i++) {
        const r = await ingestor.ingestBytes(Buffer.from(texts[i]!), `synthetic-${i}.md`);
        if (r.status === 'failed') throw new Error(r.error ?? 'failed');
      }
    });
    const rerun = await timed(async () => {
      const ingestor = await Ingestor.create(db);
      for (let i = 0; i < texts.length; i++) await ingestor.ingestBytes(Buffer.from(texts[i]!), `synthetic-${i}.md`);
    });
    await emptyDatabase(db);
    const raw2 = await timed(() => rawLoad(db, graphs));
    await emptyDatabase(db);

    const rawMs = (raw1 + raw2) / 2;
    const rate = (ms: number) => Math.round((elements / ms) * 1000);
    console.log(`documents: ${documents}, graph elements (nodes + relationships): ${elements}`);
    console.table([
      { run: 'raw UNWIND…MERGE load (mean of 2)', ms: Math.round(rawMs), 'elements/s': rate(rawMs), ratio: 1 },
      {
        run: 'pipeline (parse→extract→resolve→load)',
        ms: Math.round(pipeline),
        'elements/s': rate(pipeline),
        ratio: round(rawMs / pipeline),
      },
      { run: 'pipeline re-run (all unchanged)', ms: Math.round(rerun), 'elements/s': rate(rerun), ratio: round(rawMs / rerun) },
    ]);
    console.log(
      `pipeline throughput = ${round(rawMs / pipeline)}× the raw load rate (aim: ≥ 0.5×); raw runs: ${Math.round(raw1)} ms, ${Math.round(raw2)} ms`,
    );
  } finally {
    await db.close();
  }
}

/** The plainest load of the same graph: per document one transaction, MERGE by id, SET all properties. */
async function rawLoad(db: Database, graphs: DocumentGraph[]): Promise<void> {
  for (const g of graphs) {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        const byLabel = group(g.nodes, (n) => n.label);
        const labels = new Map(g.nodes.map((n) => [n.id, n.label]));
        for (const [label, nodes] of byLabel) {
          await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`, {
            rows: nodes.map((n) => ({ id: n.id, props: clean(n.properties) })),
          });
        }
        for (const [key, rels] of group(g.relationships, (r) => `${r.type}|${labels.get(r.start)}|${labels.get(r.end)}`)) {
          const [type, from, to] = key.split('|');
          await tx.run(
            `UNWIND $rows AS row MATCH (a:${from} {id: row.start}) MATCH (b:${to} {id: row.end}) MERGE (a)-[r:${type}]->(b) SET r += row.props`,
            { rows: rels.map((r) => ({ start: r.start, end: r.end, props: clean(r.properties) })) },
          );
        }
      });
    } finally {
      await session.close();
    }
  }
}

function clean(p: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined));
}

function group<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

await main();
process.exit(0);
