/**
 * Issue 11's bench: the timeline and participation queries at a large corpus within 1.5× of
 * their time at 100 documents, in the same run (these machines are shared and noisy: only the
 * ratio means anything).
 *
 *   npm run bench:series -- [large = 1000] [series size = 8] [rounds = 5] [per round = 20] [--keep]
 *
 * The corpus is the synthetic one with its documents in series (generateCorpus's seriesSize:
 * documents k·n … k·n+n−1 record the successive constructive dialogues on one subject, chaired
 * by the same Co-Chairs), so the pipeline itself builds the Series and IN_SERIES it reads. The
 * queries ask about the first series and its first Co-Chair: their answers are the same at
 * both sizes (answer bytes are printed to show it), only the graph behind them grows. That is
 * what the ratio tests: a query that scans the corpus grows with it, an anchored one does not.
 *
 * Ingest goes the way `kg ingest` goes on a folder: the documents are written to a temporary
 * folder and read by Ingestor.ingestFiles (parse + extract in worker threads, several documents
 * per transaction; KG_INGEST_THREADS and KG_INGEST_BATCH apply), the first 100 documents, then
 * the rest (one at a time through ingestBytes, 10,000 documents took 25+ minutes). The queries
 * go through HTTP to the API in its own process (harness/reliability/api-process.ts), a
 * discarded pass, then warm-up calls and rounds in which the operations take turns (scale-api.ts).
 *
 * `--keep` leaves the large graph in the bench database afterwards (for EXPLAIN/PROFILE);
 * without it the database is emptied at the end.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Ingestor } from '../src/ingest/index.js';
import { generateCorpus } from '../harness/corpus/synthetic-corpus.js';
import { startApiProcess } from '../harness/reliability/api-process.js';
import { measureOperations, type ApiOperation, type Latency } from '../harness/reliability/scale-api.js';
import type { Database } from '../src/db/connection.js';
import type { Settings } from '../src/config/settings.js';
import { defaultReadThreads } from '../src/ingest/workers/read-pool.js';
import { openBenchTarget, emptyDatabase } from './bench-db.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const KEEP = process.argv.includes('--keep');
const SMALL = 100;
const LARGE = Number(args[0] ?? 1000);
const SERIES_SIZE = Number(args[1] ?? 8);
const ROUNDS = Number(args[2] ?? 5);
const PER_ROUND = Number(args[3] ?? 20);
const AIM = 1.5;
const SEED = 42;

async function main(): Promise<void> {
  if (!(LARGE > SMALL)) throw new Error(`the large size must exceed ${SMALL}, got ${LARGE}`);
  const corpus = generateCorpus({ count: LARGE, seed: SEED, seriesSize: SERIES_SIZE });
  const dir = await mkdtemp(path.join(tmpdir(), 'kg-bench-series-'));
  const files = corpus.map((d) => path.join(dir, d.name));
  for (const [i, d] of corpus.entries()) await writeFile(files[i]!, d.text);
  const { db, settings } = await openBenchTarget();
  try {
    await emptyDatabase(db);
    // As `kg ingest` runs on a folder.
    const threads = settings.ingest.readThreads ?? defaultReadThreads();
    let done = 0;
    let reported = 0;
    const onDocument = () => {
      if (++reported % 500 === 0) process.stderr.write(`[bench] ${reported}/${LARGE} documents\n`);
    };
    const ingestor = await Ingestor.create(db, { readThreads: threads, batchElements: settings.ingest.batchElements, onDocument });
    const ingestTo = async (size: number) => {
      const t0 = performance.now();
      const reports = await ingestor.ingestFiles(files.slice(done, size));
      const failed = reports.find((r) => r.status === 'failed');
      if (failed) throw new Error(`${failed.file} failed: ${failed.error}`);
      done = size;
      process.stderr.write(`[bench] ingested to ${size} documents in ${Math.round(performance.now() - t0)} ms (${threads} read threads)\n`);
    };

    await ingestTo(SMALL);
    const target = await firstSeries(db, corpus[0]!.name);
    process.stderr.write(`[bench] series ${target.seriesId} (${target.meetings} meetings), chair ${target.chairId}\n`);
    const stateId = await aState(db);
    process.stderr.write(`[bench] State ${stateId}\n`);
    const ops = operations(target.seriesId, target.chairId, stateId);
    // A discarded pass first: the first reads after the ingest ran 2–3× slower than later ones
    // (page cache, JIT), which would flatter every ratio (100 vs 1,000 gave 0.4–0.6× without it).
    await measure(settings, ops, 1);
    const small = await measure(settings, ops);
    await ingestTo(LARGE);
    const after = await firstSeries(db, corpus[0]!.name);
    if (after.meetings !== target.meetings) throw new Error(`the series grew from ${target.meetings} to ${after.meetings} meetings`);
    const large = await measure(settings, ops);

    console.log(
      `documents: ${SMALL} vs ${LARGE}; series of ${target.meetings} meetings (${target.seriesId}); ` +
        `${ROUNDS} rounds × ${PER_ROUND} requests per operation and size, 2 connections; aim: p50 at ${LARGE} ≤ ${AIM}× p50 at ${SMALL}`,
    );
    console.table(
      ops.map((op) => {
        const s = small[op.name]!;
        const l = large[op.name]!;
        const ratio = l.p50 / s.p50;
        return {
          query: op.name,
          [`p50 ms @${SMALL}`]: s.p50,
          [`p50 ms @${LARGE}`]: l.p50,
          'p50 ratio': round(ratio),
          [`p95 ms @${SMALL}`]: s.p95,
          [`p95 ms @${LARGE}`]: l.p95,
          'p95 ratio': round(l.p95 / s.p95),
          'answer bytes': s.answerBytes === l.answerBytes ? s.answerBytes : `${s.answerBytes} → ${l.answerBytes}`,
          errors: s.errors + l.errors,
          [`within ${AIM}×`]: ratio <= AIM ? 'yes' : 'NO',
        };
      }),
    );
  } finally {
    if (!KEEP) await emptyDatabase(db);
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function measure(settings: Settings, ops: ApiOperation[], rounds = ROUNDS): Promise<Record<string, Latency>> {
  // A moment for the server to settle after the writes (flushes, GC) before measuring reads.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const api = await startApiProcess(settings);
  try {
    return await measureOperations(api.url, ops, rounds, PER_ROUND);
  } finally {
    await api.close();
  }
}

/** The series the first document's meeting belongs to, its size, and a Co-Chair of its meetings. */
async function firstSeries(db: Database, file: string): Promise<{ seriesId: string; meetings: number; chairId: string }> {
  const rows = await db.query<Record<string, unknown>>(
    `MATCH (d:Document {sourceFile: $file})-[:RECORDS]->(:Meeting)-[:IN_SERIES]->(s:Series)
     MATCH (m:Meeting)-[:IN_SERIES]->(s)
     WITH s, collect(DISTINCT m) AS ms
     MATCH (first:Meeting)-[:CHAIRED_BY]->(p:Person) WHERE first IN ms
     RETURN s.id AS seriesId, size(ms) AS meetings, min(p.id) AS chairId`,
    { file },
  );
  const row = rows[0];
  if (!row) throw new Error(`no series for ${file}: the corpus's documents should record meetings in series`);
  return { seriesId: row.seriesId as string, meetings: Number(row.meetings), chairId: row.chairId as string };
}

/**
 * A Place of the first documents, a country when there is one, for the timeline of a State.
 * The synthetic documents hold no reviews and no State takes part in their dialogues, so its
 * timeline is empty (null) at both sizes: what it measures is the look-up of a State's
 * meetings (reviewed, recommending, taking part), which read every Meeting before
 * Meeting(subject) was indexed.
 */
async function aState(db: Database): Promise<string> {
  const rows = await db.query<{ id: string }>(`MATCH (p:Place) RETURN p.id AS id ORDER BY CASE p.kind WHEN 'country' THEN 0 ELSE 1 END, p.id LIMIT 1`);
  if (!rows[0]) throw new Error('no Place in the first documents');
  return rows[0].id;
}

function operations(seriesId: string, chairId: string, stateId: string): ApiOperation[] {
  const citation = 'citations { citation }';
  return [
    {
      name: 'timeline (a Co-Chair)',
      aim: true,
      query: `query($id: ID!) { timeline(id: $id) { actor { id name } firstSeen lastSeen entries { meeting { id date } roles statements ${citation} } } }`,
      variables: { id: chairId },
    },
    {
      name: 'timeline (a State)',
      aim: true,
      query: `query($id: ID!) { timeline(id: $id) { actor { id name } firstSeen lastSeen entries { meeting { id date } roles statements ${citation} } } }`,
      variables: { id: stateId },
    },
    {
      name: 'seriesTimeline',
      aim: true,
      query: `query($id: ID!) { seriesTimeline(id: $id) { series { id } meetings { position meeting { id date } participants { actor { id } roles statements ${citation} } new returned droppedOut } participants { actor { id } positions } } }`,
      variables: { id: seriesId },
    },
    {
      name: 'whoIsHeard (series)',
      aim: true,
      query: `query($id: ID) { whoIsHeard(seriesId: $id) { meetings { meeting { id position } voices { statements paragraphs byActorKind { category participants statements } } } overall { statements paragraphs byGender { category participants } byRegion { category participants } } } }`,
      variables: { id: seriesId },
    },
    {
      name: 'recurringRecommendations',
      aim: true,
      query: `query($id: ID!) { recurringRecommendations(seriesId: $id) { from { id } to { id } recommendations recurring } }`,
      variables: { id: seriesId },
    },
    {
      name: 'stakeholderUptake',
      aim: true,
      query: `query($id: ID!) { stakeholderUptake(seriesId: $id) { echoed { __typename } notTakenUp { __typename } } }`,
      variables: { id: seriesId },
    },
  ];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

await main();
process.exit(0);
