/**
 * Ingestion throughput, as a ratio to a raw `UNWIND … MERGE` load of the same graph in the
 * same run (these machines are shared and noisy: only ratios mean anything).
 *
 *   npm run bench:ingest -- [documents=200] [seed=42] [--batched-only]
 *
 * Two baselines, each run before and after the pipeline (the mean cancels a drift in machine
 * load over the run): a raw per-document load (one transaction per document) and a batched raw
 * load (every document's rows together, a few thousand per `UNWIND`: what the database can
 * take). The pipeline (`kg ingest` on a folder: parse + extract in worker threads, resolve,
 * several documents per transaction, each whole) is timed from files on disk to committed
 * graph; the raw loads are handed the finished graphs (their preparation is not timed).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocumentGraph } from '../src/graph/model.js';
import { Ingestor } from '../src/ingest/index.js';
import { benchSettings, openBenchDatabase, emptyDatabase } from './bench-db.js';
import { rawLoad, rawLoadBatched } from '../harness/raw-load.js';
import { defaultReadThreads } from '../src/ingest/workers/read-pool.js';
import { generateCorpus } from '../harness/corpus/synthetic-corpus.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const documents = Number(args[0] ?? 200);
const seed = Number(args[1] ?? 42);
/** `--batched-only`: leave out the two one-transaction-per-document runs (minutes each on a loaded machine). */
const batchedOnly = process.argv.includes('--batched-only');

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

    const dir = await mkdtemp(path.join(tmpdir(), 'kg-bench-ingest-'));
    const files = texts.map((_, i) => path.join(dir, `synthetic-${String(i).padStart(5, '0')}.md`));
    await Promise.all(texts.map((t, i) => writeFile(files[i]!, t)));
    // As `kg ingest` runs: KG_INGEST_THREADS and KG_INGEST_BATCH apply.
    const { ingest } = benchSettings();
    const threads = ingest.readThreads ?? defaultReadThreads();
    const pipelineRun = async () => {
      const ingestor = await Ingestor.create(db, { readThreads: threads, batchElements: ingest.batchElements });
      const reports = await ingestor.ingestFiles(files);
      const failed = reports.find((r) => r.status === 'failed');
      if (failed) throw new Error(failed.error ?? 'failed');
      return reports;
    };

    const perDocumentRuns = async (): Promise<number> => {
      await emptyDatabase(db);
      return timed(() => rawLoad(db, graphs));
    };
    const raw1 = batchedOnly ? NaN : await perDocumentRuns();
    await emptyDatabase(db);
    const batched1 = await timed(() => rawLoadBatched(db, graphs));
    await emptyDatabase(db);
    const pipeline = await timed(pipelineRun);
    const rerun = await timed(pipelineRun);
    let perDocument = NaN;
    if (!batchedOnly) {
      await emptyDatabase(db);
      perDocument = await timed(async () => {
        const ingestor = await Ingestor.create(db);
        for (const f of files) await ingestor.ingestFile(f);
      });
    }
    await emptyDatabase(db);
    const batched2 = await timed(() => rawLoadBatched(db, graphs));
    const raw2 = batchedOnly ? NaN : await perDocumentRuns();
    await emptyDatabase(db);
    await rm(dir, { recursive: true, force: true });

    const rawMs = (raw1 + raw2) / 2;
    const batchedMs = (batched1 + batched2) / 2;
    const rate = (ms: number) => Math.round((elements / ms) * 1000);
    const row = (run: string, ms: number) => ({ run, ms: Math.round(ms), 'elements/s': rate(ms), 'vs batched raw': round(batchedMs / ms) });
    console.log(
      `documents: ${documents}, graph elements (nodes + relationships): ${elements}, read threads: ${threads}, batch: ${ingest.batchElements} elements`,
    );
    console.table(
      [
        row('raw batched UNWIND…MERGE, all documents (mean of 2)', batchedMs),
        row('raw UNWIND…MERGE, one transaction per document (mean of 2)', rawMs),
        row('pipeline: files → graph (workers, batched transactions)', pipeline),
        row('pipeline re-run (all unchanged)', rerun),
        row('pipeline one file at a time (ingestFile, no workers)', perDocument),
      ].filter((r) => !Number.isNaN(r.ms)),
    );
    console.log(
      `pipeline throughput = ${round(batchedMs / pipeline)}× the batched raw load rate (aim: ≥ 0.5×)` +
        (batchedOnly ? '' : `, ${round(rawMs / pipeline)}× the per-document raw rate`) +
        `; batched raw runs: ${Math.round(batched1)} ms, ${Math.round(batched2)} ms`,
    );
  } finally {
    await db.close();
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  // Progress on stderr: on a loaded machine a run takes minutes.
  process.stderr.write(`[bench] run ${++phase} done in ${Math.round(ms)} ms\n`);
  return ms;
}

let phase = 0;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

await main();
process.exit(0);
