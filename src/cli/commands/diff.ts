/**
 * `kg diff <files…>`: for each document, what ingesting it again would change in the graph
 * (facts that appear, disappear or change, each with its paragraph and quoted words) and
 * which curation ops would no longer apply. Nothing is written unless `--apply` is given,
 * which then ingests the same files as `kg ingest` does. Exit codes as every command: 0,
 * 1 when a document cannot be read (or the database is unreachable), 2 for a bug.
 */
import type { Command } from 'commander';
import type { DiffReport } from '../../ingest/diff/index.js';
import type { FactChange } from '../../ingest/diff/compare.js';
import { cliContext, withDatabase } from '../context.js';
import { CliUserError } from '../errors.js';
import { expandInputEntries } from '../inputs.js';
import { conflictLines, run as ingestEntries } from './ingest.js';

const SIGN: Record<FactChange['change'], string> = { appeared: '+', disappeared: '-', changed: '~' };

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description(
      'show what ingesting documents again would change (facts appeared / disappeared / changed, with evidence; curation conflicts); writes nothing',
    )
    .argument('<files...>', 'files or directories, as for kg ingest')
    .option('--json', 'print one JSON report per document')
    .option('--apply', 'after showing the differences, ingest the files (as kg ingest)')
    .addHelpText(
      'after',
      '\nEach document goes through the same pipeline as kg ingest, and its new version is written (with the\n' +
        'curation ops made through the API applied again) in a transaction that is rolled back: the diff is what\n' +
        'an ingest would do. Lines: "+" appeared, "-" disappeared, "~" changed (property: before → after), each\n' +
        'with its paragraph (¶) and quote; "conflict" an API correction, merge or removal that would no longer apply.',
    )
    .action(async (inputs: string[], opts: { json?: boolean; apply?: boolean }) => {
      const entries = await expandInputEntries(inputs);
      const files = entries.filter((e) => e.skip === null).map((e) => e.file);
      // (With --apply, the ingest that follows lists them.)
      if (!opts.apply) for (const e of entries) if (e.skip !== null) process.stderr.write(`skipped   ${e.file}: ${e.skip}\n`);
      const ctx = cliContext();
      const { diffFiles } = await import('../../ingest/diff/index.js');
      const failed = await withDatabase(
        ctx,
        async (db) => {
          const reports = await diffFiles(db, files);
          for (const r of reports) {
            if (r.status === 'failed') process.stderr.write(`error: ${r.error}\n`);
            process.stdout.write(opts.json ? `${JSON.stringify(r)}\n` : formatDiff(r));
          }
          const bad = reports.filter((r) => r.status === 'failed').length;
          if (opts.apply && bad === 0) {
            if (!opts.json) process.stdout.write('\napplying:\n');
            await ingestEntries(db, entries, { json: !!opts.json }, ctx.settings.ingest);
          }
          return bad;
        },
        { migrate: true },
      );
      if (failed > 0)
        throw new CliUserError(`${failed} of ${files.length} document(s) could not be read${opts.apply ? '; nothing was applied' : ''}`);
    });
}

export function formatDiff(r: DiffReport): string {
  if (r.status === 'failed') return `failed    ${r.file}\n`;
  const head = `${r.status.padEnd(9)} ${r.file} → ${r.documentId}`;
  if (r.status === 'unchanged') return `${head}: no differences (same text, vocabularies, curation file and pipeline)\n`;
  const { appeared, disappeared, changed } = r.counts;
  const s = r.structure;
  const layout = s.appeared + s.disappeared + s.changed > 0 ? `; layout: +${s.appeared} -${s.disappeared} ~${s.changed} relationships` : '';
  const curation =
    r.curationApplied + r.curationConflicts.length > 0
      ? `; curation: ${r.curationApplied} op(s) would apply again, ${r.curationConflicts.length} would conflict`
      : '';
  const lines = [`${head}: ${appeared} appeared, ${disappeared} disappeared, ${changed} changed${layout}${curation}\n`];
  for (const f of r.facts) lines.push(factLine(f));
  lines.push(conflictLines(r.curationConflicts));
  return lines.join('');
}

function factLine(f: FactChange): string {
  const what = `  ${SIGN[f.change]} ${f.kind} ${f.id}${f.fact === 'relationship' ? ` (${f.name})` : ''}`;
  const props = f.properties.map((p) => `\n      ${p.key}: ${short(p.before)} → ${short(p.after)}`).join('');
  const where = f.evidence.paragraphs.length ? `¶${f.evidence.paragraphs.join(', ¶')}` : '';
  const quote = f.evidence.quote ? ` "${f.evidence.quote}"` : '';
  const evidence = where || quote ? `\n      ${where}${quote}` : '';
  return `${what}${props}${evidence}\n`;
}

function short(v: unknown): string {
  if (v === null || v === undefined) return '(absent)';
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}
