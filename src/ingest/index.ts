/**
 * The pipeline for one file: parse → extract → resolve → curate → load. Each document is
 * its own unit: one that fails is reported with one clear line and leaves nothing in the
 * graph, and the others in the same run still go in.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseUnavailableError, isConnectionLost, shortCause, type Database } from '../db/connection.js';
import type { DocumentGraph } from '../graph/model.js';
import { parseFile, MAX_DOCUMENT_BYTES, MAX_FILE_BYTES } from './parse/index.js';
import { extractFacts } from './extract/index.js';
import type { DocumentFacts } from './extract/facts.js';
import type { Vocabularies } from './extract/vocabulary.js';
import { loadVocabularies, defaultVocabularyDir } from './extract/load-vocabularies.js';
import { resolveDocument } from './resolve/index.js';
import { emptyOrganizationIndex, type KnownOrganizationIndex } from './resolve/organizations.js';
import { applyCuration, readCurationFile } from './curate/index.js';
import { loadDocumentGraph, type LoadOptions, type LoadResult } from './load/index.js';
import { readKnownOrganizations, rememberOrganizations } from './known-organizations.js';
import { PROJECT_ROOT } from '../config/settings.js';

export interface IngestOptions extends LoadOptions {
  dryRun?: boolean;
  vocabularyDir?: string;
  curationDir?: string;
  onDocument?: (report: IngestReport) => void;
}

export interface IngestReport {
  file: string;
  documentId: string | null;
  status: LoadResult['status'] | 'failed' | 'dry-run';
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  error: string | null;
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
  const parsed = await parseFile(raw, sourceFile);
  const facts = extractFacts(parsed, vocab);
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
      const info = await stat(file);
      if (!info.isFile()) throw new UserInputError(`${file}: not a file`);
      // Refuse before reading a huge file into memory; parse repeats the check on the bytes.
      // (the larger of the text and the PDF limit: which one applies is known from the bytes)
      const limit = Math.max(MAX_DOCUMENT_BYTES, MAX_FILE_BYTES);
      if (info.size > limit) throw new UserInputError(`${file}: file is ${info.size} bytes, over the limit of ${limit}`);
      return await this.ingestBytes(await readFile(file), file);
    } catch (err) {
      this.throwIfDatabaseLost(err);
      return this.failed(file, err);
    }
  }

  async ingestBytes(raw: Uint8Array, sourceFile: string): Promise<IngestReport> {
    try {
      const { facts, graph } = await prepareDocument(
        raw,
        sourceFile,
        this.vocab,
        this.vocabHash,
        this.known,
        this.opts.curationDir ?? defaultCurationDir(),
      );
      const base = {
        file: sourceFile,
        documentId: graph.documentId,
        nodes: graph.nodes.length,
        relationships: graph.relationships.length,
        error: null,
      };
      if (this.opts.dryRun || !this.db) {
        return this.report({ ...base, status: 'dry-run', nodesCreated: 0, relationshipsCreated: 0, facts, graph });
      }
      const result = await loadDocumentGraph(this.db, graph, this.opts);
      rememberOrganizations(this.known, graph);
      return this.report({
        ...base,
        status: result.status,
        nodesCreated: result.nodesCreated,
        relationshipsCreated: result.relationshipsCreated,
      });
    } catch (err) {
      this.throwIfDatabaseLost(err);
      return this.failed(sourceFile, err);
    }
  }

  /**
   * A database that went away (killed, stopped, unreachable) is not this document's fault, and
   * every later document would fail the same way, each after the driver's retries: the run
   * stops here instead, with one error. Nothing of the document is written (one transaction).
   */
  private throwIfDatabaseLost(err: unknown): void {
    if (err instanceof DatabaseUnavailableError) throw err;
    if (this.db && isConnectionLost(err)) {
      throw new DatabaseUnavailableError(`lost the connection to Neo4j at ${this.db.uri}: ${shortCause(err)}`, { cause: err });
    }
  }

  private failed(file: string, err: unknown): IngestReport {
    const message = fileSystemProblem(err) ?? (err as Error).message?.split('\n')[0] ?? String(err);
    const text = message.includes(file) || message.includes(path.basename(file)) ? message : `${file}: ${message}`;
    return this.report({
      file,
      documentId: null,
      status: 'failed',
      nodes: 0,
      relationships: 0,
      nodesCreated: 0,
      relationshipsCreated: 0,
      error: text,
    });
  }

  private report(r: IngestReport): IngestReport {
    this.opts.onDocument?.(r);
    return r;
  }
}

export class UserInputError extends Error {}

/** Node's file errors ("ENOENT: no such file or directory, stat 'x'") in a reader's words. */
function fileSystemProblem(err: unknown): string | null {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a document';
    default:
      return null;
  }
}

export async function ingestFiles(db: Database | null, files: string[], opts: IngestOptions = {}): Promise<IngestReport[]> {
  const ingestor = await Ingestor.create(db, opts);
  const out: IngestReport[] = [];
  for (const f of files) out.push(await ingestor.ingestFile(f));
  return out;
}

export async function ingestText(db: Database, text: string, sourceFile: string, opts: IngestOptions = {}): Promise<IngestReport> {
  const ingestor = await Ingestor.create(db, opts);
  return ingestor.ingestBytes(Buffer.from(text, 'utf8'), sourceFile);
}
