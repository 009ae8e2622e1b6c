/**
 * `kg ingest <files…>`: each file a unit, reported on its own line; a failed one does not
 * stop the others, and makes the exit code 1. `--dry-run` prints the extracted facts and the
 * graph as JSON and writes nothing.
 */
import type { Command } from 'commander';
import type { Database } from '../../db/connection.js';
import type { IngestReport, Ingestor } from '../../ingest/index.js';
import { cliContext, withDatabase } from '../context.js';
import { CliUserError } from '../errors.js';
import type { InputEntry } from '../inputs.js';
import { expandInputEntries, unreadable } from '../inputs.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest documents (PDF, Word .docx, Markdown or plain text) into the graph')
    .argument(
      '<files...>',
      'files or directories (directories: their .pdf, .docx, .md and .txt files; every other file is listed as skipped)',
    )
    .option('--dry-run', 'print the extracted facts and graph as JSON; write nothing')
    .option('--json', 'print one JSON report per document instead of text lines')
    .action(async (inputs: string[], opts: { dryRun?: boolean; json?: boolean }) => {
      const entries = await expandInputEntries(inputs);
      const ctx = cliContext();
      const reports = opts.dryRun
        ? await run(null, entries, opts)
        : await withDatabase(ctx, (db) => run(db, entries, opts), { migrate: true });
      const failed = reports.filter((r) => r.status === 'failed');
      if (failed.length > 0) throw new CliUserError(`${failed.length} of ${reports.length} document(s) failed`);
    });
}

async function run(db: Database | null, entries: InputEntry[], opts: { dryRun?: boolean; json?: boolean }): Promise<IngestReport[]> {
  const files = entries.filter((e) => e.skip === null).map((e) => e.file);
  // A file of a folder that is not a document still gets its line, in folder order
  // (stderr on a dry run, whose stdout is JSON).
  const skipped = (e: InputEntry): void => {
    if (opts.json) process.stdout.write(`${JSON.stringify({ file: e.file, status: 'skipped', error: e.skip })}\n`);
    else (opts.dryRun ? process.stderr : process.stdout).write(`skipped   ${e.file}: ${e.skip}\n`);
  };
  const { Ingestor } = await import('../../ingest/index.js');
  const { SingleBar, Presets } = await import('cli-progress');
  // Only for a person watching a terminal: in a pipe or a log a bar is noise.
  const bar =
    files.length > 3 && process.stderr.isTTY && !opts.dryRun
      ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}' }, Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });
  const onDocument = (r: IngestReport) => {
    bar?.increment({ file: r.file });
    if (r.status === 'failed') process.stderr.write(`${bar ? '\n' : ''}error: ${r.error}\n`);
  };
  const ingestor = await Ingestor.create(db, { dryRun: !!opts.dryRun, onDocument });
  const reports: IngestReport[] = [];
  let next = 0;
  const skipUpTo = (file: string | null): void => {
    for (; next < entries.length && (entries[next] as InputEntry).file !== file; next++) {
      if ((entries[next] as InputEntry).skip !== null) skipped(entries[next] as InputEntry);
    }
    next++;
  };
  for (const [i, f] of files.entries()) {
    if (!bar) skipUpTo(f);
    const problem = await unreadable(f);
    const r =
      problem === null ? await ingestFile(ingestor, f, { index: i, total: files.length }, reports, bar) : unreadableReport(f, problem);
    if (problem !== null) onDocument(r);
    reports.push(r);
    if (opts.dryRun) {
      if (r.status !== 'failed')
        process.stdout.write(`${JSON.stringify({ file: r.file, documentId: r.documentId, facts: r.facts, graph: r.graph }, null, 2)}\n`);
    } else if (opts.json) {
      process.stdout.write(`${JSON.stringify(summary(r))}\n`);
    } else if (!bar && r.status !== 'failed') {
      process.stdout.write(line(r));
    }
  }
  bar?.stop();
  if (bar) {
    for (const e of entries) if (e.skip !== null) skipped(e);
    for (const r of reports) if (r.status !== 'failed') process.stdout.write(line(r));
  } else {
    skipUpTo(null);
  }
  return reports;
}

/**
 * One document; when the database goes away (killed, stopped) the run ends here with one line
 * saying how far it got, rather than failing every remaining document after the driver's
 * retries. A rerun skips what is already in as unchanged.
 */
async function ingestFile(
  ingestor: Ingestor,
  file: string,
  position: { index: number; total: number },
  done: IngestReport[],
  bar: { stop(): void } | null,
): Promise<IngestReport> {
  try {
    return await ingestor.ingestFile(file);
  } catch (err) {
    // Already loaded by the ingestor that threw; a static import would load the driver for `kg --help`.
    const { DatabaseUnavailableError } = await import('../../db/connection.js');
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    bar?.stop();
    if (bar) for (const r of done) if (r.status !== 'failed') process.stdout.write(line(r));
    const ingested = done.filter((r) => r.status !== 'failed').length;
    throw new DatabaseUnavailableError(
      `${err.message}, at document ${position.index + 1} of ${position.total} (${file}); ` +
        `${ingested} document(s) before it are in the graph: run the same command again once Neo4j is back`,
    );
  }
}

function unreadableReport(file: string, problem: string): IngestReport {
  return { file, documentId: null, status: 'failed', nodes: 0, relationships: 0, nodesCreated: 0, relationshipsCreated: 0, error: problem };
}

function summary(r: IngestReport) {
  const { facts: _f, graph: _g, ...rest } = r;
  return rest;
}

function line(r: IngestReport): string {
  const created =
    r.status === 'unchanged' ? '0 created, 0 updated' : `${r.nodesCreated} nodes and ${r.relationshipsCreated} relationships created`;
  return `${r.status.padEnd(9)} ${r.file} → ${r.documentId}: ${r.nodes} nodes, ${r.relationships} relationships (${created})\n`;
}
