/**
 * `kg ingest <files…>`: each file a unit, reported on its own line; a failed one does not
 * stop the others, and makes the exit code 1. `--dry-run` prints the extracted facts and the
 * graph as JSON and writes nothing.
 */
import type { Command } from 'commander';
import type { Settings } from '../../config/settings.js';
import type { Database } from '../../db/connection.js';
import type { IngestReport } from '../../ingest/index.js';
import type { CurationConflict } from '../../curation/ops.js';
import { cliContext, withDatabase } from '../context.js';
import { CliUserError } from '../errors.js';
import type { InputEntry } from '../inputs.js';
import { expandInputEntries } from '../inputs.js';

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
    .addHelpText(
      'after',
      '\nCorrections, merges and removals made through the API are applied again to a re-ingested document in\n' +
        'the same transaction; one that no longer applies is kept as a conflict and printed under its document\n' +
        '("conflict  curation:…"). See what a re-ingest would change first with `kg diff`.',
    )
    .action(async (inputs: string[], opts: { dryRun?: boolean; json?: boolean }) => {
      const entries = await expandInputEntries(inputs);
      const ctx = cliContext();
      const ingest = ctx.settings.ingest;
      const reports = opts.dryRun
        ? await run(null, entries, opts, ingest)
        : await withDatabase(ctx, (db) => run(db, entries, opts, ingest), { migrate: true });
      const failed = reports.filter((r) => r.status === 'failed');
      if (failed.length > 0) throw new CliUserError(`${failed.length} of ${reports.length} document(s) failed`);
    });
}

/** Ingests the entries and prints each document's line (or JSON); `kg diff --apply` goes on with it. */
export async function run(
  db: Database | null,
  entries: InputEntry[],
  opts: { dryRun?: boolean; json?: boolean },
  ingest: Settings['ingest'],
): Promise<IngestReport[]> {
  const files = entries.filter((e) => e.skip === null).map((e) => e.file);
  // A file of a folder that is not a document still gets its line, in folder order
  // (stderr on a dry run, whose stdout is JSON).
  const skipped = (e: InputEntry): void => {
    if (opts.json) process.stdout.write(`${JSON.stringify({ file: e.file, status: 'skipped', error: e.skip })}\n`);
    else (opts.dryRun ? process.stderr : process.stdout).write(`skipped   ${e.file}: ${e.skip}\n`);
  };
  let next = 0;
  const skipUpTo = (file: string | null): void => {
    for (; next < entries.length && entries[next]!.file !== file; next++) if (entries[next]!.skip !== null) skipped(entries[next]!);
    next++;
  };
  const { Ingestor } = await import('../../ingest/index.js');
  const { defaultReadThreads } = await import('../../ingest/workers/read-pool.js');
  const { SingleBar, Presets } = await import('cli-progress');
  // Only for a person watching a terminal: in a pipe or a log a bar is noise.
  const bar =
    files.length > 3 && process.stderr.isTTY && !opts.dryRun
      ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}' }, Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });
  const done: IngestReport[] = [];
  const onDocument = (r: IngestReport) => {
    if (!bar) skipUpTo(r.file);
    done.push(r);
    bar?.increment({ file: r.file });
    if (r.status === 'failed') process.stderr.write(`${bar ? '\n' : ''}error: ${r.error}\n`);
    else if (opts.dryRun)
      process.stdout.write(`${JSON.stringify({ file: r.file, documentId: r.documentId, facts: r.facts, graph: r.graph }, null, 2)}\n`);
    else if (opts.json) process.stdout.write(`${JSON.stringify(summary(r))}\n`);
    else if (!bar) process.stdout.write(line(r));
  };
  // Several files: read them on the other cores while this thread resolves and loads.
  const readThreads = files.length > 1 ? (ingest.readThreads ?? defaultReadThreads()) : 0;
  const ingestor = await Ingestor.create(db, { dryRun: !!opts.dryRun, onDocument, readThreads, batchElements: ingest.batchElements });
  try {
    const reports = await ingestor.ingestFiles(files);
    if (!bar) skipUpTo(null);
    return reports;
  } finally {
    // The lines of a run a bar was drawing over, once it is gone (also when the database went away).
    bar?.stop();
    if (bar) for (const e of entries) if (e.skip !== null) skipped(e);
    if (bar) for (const r of done) if (r.status !== 'failed' && !opts.json) process.stdout.write(line(r));
  }
}

function summary(r: IngestReport) {
  const { facts: _f, graph: _g, ...rest } = r;
  return rest;
}

function line(r: IngestReport): string {
  const created =
    r.status === 'unchanged' ? '0 created, 0 updated' : `${r.nodesCreated} nodes and ${r.relationshipsCreated} relationships created`;
  const curated = r.curationApplied > 0 ? `; ${r.curationApplied} curation op(s) applied again` : '';
  const head = `${r.status.padEnd(9)} ${r.file} → ${r.documentId}: ${r.nodes} nodes, ${r.relationships} relationships (${created})${curated}\n`;
  return head + conflictLines(r.curationConflicts);
}

/** A curation op the new version could not take: one line each, never left out. */
export function conflictLines(conflicts: readonly CurationConflict[]): string {
  return conflicts.map((c) => `  conflict  ${c.opId} (${c.action} by ${c.who}, ${c.at}): ${c.reason}\n`).join('');
}
