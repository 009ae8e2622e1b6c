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
import type { DocumentGraph } from '../src/graph/model.js';
import { Ingestor } from '../src/ingest/index.js';
import { openBenchDatabase, emptyDatabase } from './bench-db.js';
import { rawLoad } from './raw-load.js';
import { generateCorpus } from './synthetic-corpus.js';

const documents = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 42);

async function main(): Promise<void> {
  const texts = generateCorpus({ count: documents, seed }).map((d) => d.text);
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
