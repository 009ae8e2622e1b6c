/**
 * The pipeline for one file: parse → extract → resolve → curate → load. Each document is
 * its own unit: one that fails is reported with one clear line and leaves nothing in the
 * graph, and the others in the same run still go in.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DatabaseUnavailableError, isConnectionLost, shortCause, type Database } from '../db/connection.js';
import type { DocumentGraph } from '../graph/model.js';
import type { DocumentFacts } from './extract/facts.js';
import type { Vocabularies } from './extract/vocabulary.js';
import { loadVocabularies, defaultVocabularyDir } from './extract/load-vocabularies.js';
import { resolveDocument } from './resolve/index.js';
import { emptyOrganizationIndex, type KnownOrganizationIndex } from './resolve/organizations.js';
import { applyCuration, readCurationFile } from './curate/index.js';
import { loadDocumentGraph, type LoadOptions, type LoadResult } from './load/index.js';
import { loadDocumentGraphs } from './load/batch.js';
import { failureMessage, readDocumentBytes, readDocumentFile, UserInputError, type ReadDocument } from './read-document.js';
import { createReadPool, readHere } from './workers/read-pool.js';
import { ReadAhead } from './workers/read-ahead.js';
import { readKnownOrganizations, rememberOrganizations } from './known-organizations.js';
import { PROJECT_ROOT } from '../config/settings.js';
import type { CurationConflict } from '../curation/ops.js';

export interface IngestOptions extends LoadOptions {
  dryRun?: boolean;
  vocabularyDir?: string;
  curationDir?: string;
  onDocument?: (report: IngestReport) => void;
  /** Worker threads that parse and extract ahead of loading in ingestFiles (0: in this thread). */
  readThreads?: number;
  /** In ingestFiles, documents share one transaction until their graphs reach this many nodes + relationships. */
  batchElements?: number;
  /** The first batch's limit; each next batch doubles it up to batchElements (default: batchElements / 4). */
  firstBatchElements?: number;
}

/** A few thousand rows per `UNWIND` is where Neo4j's per-query cost stops mattering; documents stay whole. */
export const DEFAULT_BATCH_ELEMENTS = 20_000;
/**
 * By default the first batch holds a quarter of batchElements. Each batch pays some fixed
 * queries (locks, shared-node look-ups, curation replay): starting at a sixteenth made five
 * batches of 200 documents and was slower than one full batch (6.9 s against 5.1 s, same run);
 * a quarter was the fastest of the three (4.0 s against 4.4 s for full batches, no workers).
 */
const RAMP_STEPS = 4;

export interface IngestReport {
  file: string;
  documentId: string | null;
  status: LoadResult['status'] | 'failed' | 'dry-run';
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  error: string | null;
  /** Curation ops (API corrections, merges, removals) applied again after this document was replaced. */
  curationApplied: number;
  /** Curation ops that could not be applied to the new version, each with its reason (kept, marked `conflict`). */
  curationConflicts: CurationConflict[];
  /** Present on dry runs: what would be written. */
  facts?: DocumentFacts;
  graph?: DocumentGraph;
}

export interface PreparedDocument {
  facts: DocumentFacts;
  graph: DocumentGraph;
}

export function defaultCurationDir(): string {
  return path.join(PROJECT_ROOT, 'seeds', 'curation');
}

/** Everything but the write: pure apart from reading the curation file. */
export async function prepareDocument(
  raw: Uint8Array,
  sourceFile: string,
  vocab: Vocabularies,
  vocabHash: string,
  known: KnownOrganizationIndex,
  curationDir: string,
): Promise<PreparedDocument> {
  return resolveRead(await readDocumentBytes(raw, sourceFile, vocab), sourceFile, vocab, vocabHash, known, curationDir);
}

/** Read (parsed + facts) → graph: resolve against the organizations known so far, then the curation file. */
async function resolveRead(
  { parsed, facts }: ReadDocument,
  sourceFile: string,
  vocab: Vocabularies,
  vocabHash: string,
  known: KnownOrganizationIndex,
  curationDir: string,
): Promise<PreparedDocument> {
  const curationPath = path.join(curationDir, `${path.basename(sourceFile).replace(/\.[^.]+$/, '')}.json`);
  const curation = await readCurationFile(curationPath);
  const inputsHash = createHash('sha256')
    .update(vocabHash)
    .update(curation?.raw ?? '')
    .digest('hex');
  let graph = resolveDocument({ parsed, facts, vocab, inputsHash, known });
  if (curation) graph = applyCuration(graph, curation.curation, curationPath);
  return { facts, graph };
}

export class Ingestor {
  private constructor(
    private readonly db: Database | null,
    private readonly vocab: Vocabularies,
    private readonly vocabHash: string,
    private readonly known: KnownOrganizationIndex,
    private readonly opts: IngestOptions,
  ) {}

  static async create(db: Database | null, opts: IngestOptions = {}): Promise<Ingestor> {
    const vocab = await loadVocabularies(opts.vocabularyDir ?? defaultVocabularyDir());
    const vocabHash = createHash('sha256').update(JSON.stringify(vocab)).digest('hex');
    const known = db ? await readKnownOrganizations(db) : emptyOrganizationIndex();
    return new Ingestor(db, vocab, vocabHash, known, opts);
  }

  async ingestFile(file: string): Promise<IngestReport> {
    try {
      return await this.write(file, await this.resolve(await readDocumentFile(file, this.vocab), file));
    } catch (err) {
      this.throwIfDatabaseLost(err);
      return this.failed(file, err);
    }
  }

  async ingestBytes(raw: Uint8Array, sourceFile: string): Promise<IngestReport> {
    try {
      return await this.write(sourceFile, await this.resolve(await readDocumentBytes(raw, sourceFile, this.vocab), sourceFile));
    } catch (err) {
      this.throwIfDatabaseLost(err);
      return this.failed(sourceFile, err);
    }
  }

  /** A file through parse, extract, resolve and its curation file, without writing (kg diff). Throws on a bad document. */
  async prepareFile(file: string): Promise<PreparedDocument> {
    const prepared = await this.resolve(await readDocumentFile(file, this.vocab), file);
    rememberOrganizations(this.known, prepared.graph);
    return prepared;
  }

  /** prepareFile for a document's bytes (the API's diffDocument). */
  async prepareBytes(raw: Uint8Array, sourceFile: string): Promise<PreparedDocument> {
    return this.resolve(await readDocumentBytes(raw, sourceFile, this.vocab), sourceFile);
  }

  /**
   * Many files: parse + extract run ahead in worker threads (readThreads), and in this thread
   * while it waits for them (workers/read-ahead.ts); this thread resolves, in file order, and loads several documents per transaction (batchElements).
   * Reports come in file order. Every document is still whole or absent: a batch commits all
   * its documents or none, and a failed batch is retried one document at a time. When the
   * database goes away the run stops with one error saying how far it got.
   */
  async ingestFiles(files: readonly string[]): Promise<IngestReport[]> {
    const threads = this.opts.readThreads ?? 0;
    const vocabularyDir = this.opts.vocabularyDir ?? defaultVocabularyDir();
    const pool = createReadPool(vocabularyDir, threads);
    let writesInFlight = 0;
    const ahead = new ReadAhead(files, pool, readHere(vocabularyDir), () => writesInFlight === 0);
    const reports: IngestReport[] = [];
    let batch: { file: string; prepared: PreparedDocument }[] = [];
    let batchElements = 0;
    const limit = this.opts.batchElements ?? DEFAULT_BATCH_ELEMENTS;
    // The first batch is smaller and each is twice the one before, up to the limit: writing
    // starts before a full batch is read, so reading and writing overlap sooner (a
    // 20,000-element first batch was 60 % of a 200-document folder, read while the database idled).
    let batchLimit = Math.min(limit, this.opts.firstBatchElements ?? Math.max(1, Math.ceil(limit / RAMP_STEPS)));
    // One batch is written while the next is read and resolved; batches are written in order.
    let writing: Promise<void> = Promise.resolve();
    const write = async (entries: typeof batch) => {
      let results;
      writesInFlight++;
      try {
        results = await loadDocumentGraphs(
          this.db!,
          entries.map((e) => e.prepared.graph),
          this.opts,
        );
      } catch (err) {
        this.throwIfDatabaseLost(err, { at: reports.length, of: files.length, file: entries[0]!.file, done: reports });
        throw err;
      } finally {
        writesInFlight--;
      }
      entries.forEach((e, i) => {
        const r = results[i]!;
        reports.push(r.ok ? this.loaded(e.file, e.prepared, r.result) : this.failed(e.file, r.error));
      });
    };
    /** Starts writing the batch so far (after the one before it); `settle` waits until all is written. */
    const flush = async (settle: boolean) => {
      await writing;
      if (batch.length > 0) {
        const entries = batch;
        batch = [];
        batchElements = 0;
        writing = write(entries);
        // Handled when awaited (next flush or the end); this only keeps Node from calling it unhandled meanwhile.
        writing.catch(() => undefined);
      }
      if (settle) await writing;
    };
    try {
      for (const file of files) {
        const outcome = await ahead.take();
        let prepared: PreparedDocument;
        try {
          if (!outcome.ok) throw new UserInputError(outcome.error);
          prepared = await this.resolve(outcome.doc, file);
          // Known at once, so later documents of the same batch resolve "MMC" as they would one by one.
          rememberOrganizations(this.known, prepared.graph);
        } catch (err) {
          // Reports stay in file order: what is waiting in the batch is written first.
          await flush(true);
          reports.push(this.failed(file, err));
          continue;
        }
        if (this.opts.dryRun || !this.db) {
          reports.push(this.dryRun(file, prepared));
          continue;
        }
        batch.push({ file, prepared });
        batchElements += prepared.graph.nodes.length + prepared.graph.relationships.length;
        if (batchElements >= batchLimit) {
          await flush(false);
          batchLimit = Math.min(limit, batchLimit * 2);
        }
      }
      await flush(true);
    } finally {
      // A write still running when reading failed: let it end before the pool closes.
      await writing.catch(() => undefined);
      await pool.close();
    }
    return reports;
  }

  private resolve(doc: ReadDocument, sourceFile: string): Promise<PreparedDocument> {
    const curationDir = this.opts.curationDir ?? defaultCurationDir();
    return resolveRead(doc, sourceFile, this.vocab, this.vocabHash, this.known, curationDir);
  }

  private async write(file: string, prepared: PreparedDocument): Promise<IngestReport> {
    if (this.opts.dryRun || !this.db) return this.dryRun(file, prepared);
    const result = await loadDocumentGraph(this.db, prepared.graph, this.opts);
    rememberOrganizations(this.known, prepared.graph);
    return this.loaded(file, prepared, result);
  }

  private dryRun(file: string, { facts, graph }: PreparedDocument): IngestReport {
    return this.report({ ...this.base(file, graph), status: 'dry-run', nodesCreated: 0, relationshipsCreated: 0, facts, graph });
  }

  private loaded(file: string, { graph }: PreparedDocument, result: LoadResult): IngestReport {
    return this.report({
      ...this.base(file, graph),
      status: result.status,
      nodesCreated: result.nodesCreated,
      relationshipsCreated: result.relationshipsCreated,
      curationApplied: result.curation.applied,
      curationConflicts: result.curation.conflicts,
    });
  }

  private base(file: string, graph: DocumentGraph) {
    return {
      file,
      documentId: graph.documentId,
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
      error: null,
      curationApplied: 0,
      curationConflicts: [],
    };
  }

  /**
   * A database that went away (killed, stopped, unreachable) is not this document's fault, and
   * every later document would fail the same way, each after the driver's retries: the run
   * stops here instead, with one error. Nothing of the document is written (one transaction).
   * In a run over many files the error says how far it got and what is in.
   */
  private throwIfDatabaseLost(err: unknown, where?: { at: number; of: number; file: string; done: IngestReport[] }): void {
    let lost: DatabaseUnavailableError | null = null;
    if (err instanceof DatabaseUnavailableError) lost = err;
    else if (this.db && isConnectionLost(err))
      lost = new DatabaseUnavailableError(`lost the connection to Neo4j at ${this.db.uri}: ${shortCause(err)}`, { cause: err });
    if (!lost) return;
    if (!where) throw lost;
    const ingested = where.done.filter((r) => r.status !== 'failed').length;
    throw new DatabaseUnavailableError(
      `${lost.message}, at document ${where.at + 1} of ${where.of} (${where.file}); ` +
        `${ingested} document(s) before it are in the graph: run the same command again once Neo4j is back`,
      { cause: err },
    );
  }

  private failed(file: string, err: unknown): IngestReport {
    return this.report({
      file,
      documentId: null,
      status: 'failed',
      nodes: 0,
      relationships: 0,
      nodesCreated: 0,
      relationshipsCreated: 0,
      curationApplied: 0,
      curationConflicts: [],
      error: err instanceof UserInputError ? err.message : failureMessage(file, err),
    });
  }

  private report(r: IngestReport): IngestReport {
    this.opts.onDocument?.(r);
    return r;
  }
}

export { UserInputError } from './read-document.js';

export async function ingestFiles(db: Database | null, files: string[], opts: IngestOptions = {}): Promise<IngestReport[]> {
  const ingestor = await Ingestor.create(db, opts);
  return ingestor.ingestFiles(files);
}

export async function ingestText(db: Database, text: string, sourceFile: string, opts: IngestOptions = {}): Promise<IngestReport> {
  return ingestBytes(db, Buffer.from(text, 'utf8'), sourceFile, opts);
}

/** One file's bytes, whatever its kind (PDF, Word, Markdown, text), as the API receives them. */
export async function ingestBytes(db: Database, bytes: Uint8Array, sourceFile: string, opts: IngestOptions = {}): Promise<IngestReport> {
  const ingestor = await Ingestor.create(db, opts);
  return ingestor.ingestBytes(bytes, sourceFile);
}
