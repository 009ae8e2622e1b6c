/** `kg export --format json|graphml|gexf|csv [--out FILE]`: the whole graph, byte-identical for the same graph. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.js';
import { cliContext, withDatabase } from '../context.js';
import { CliUserError } from '../errors.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the whole graph')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--out <path>', 'output file (for csv: a directory receiving elements.csv and connections.csv); default: stdout')
    .action(async (opts: { format: ExportFormat; out?: string }) => {
      // Two tables do not fit one stream; say so before reading the whole graph.
      if (opts.format === 'csv' && !opts.out)
        throw new CliUserError('--format csv writes two files (elements.csv, connections.csv): give a directory with --out DIR');
      const ctx = cliContext();
      const { readSnapshot, render, renderCsv } = await import('../../export/index.js');
      const snapshot = await withDatabase(ctx, readSnapshot);
      const done = `${snapshot.nodes.length} nodes and ${snapshot.relationships.length} relationships`;
      if (opts.format === 'csv') {
        const dir = opts.out!;
        const tables = renderCsv(snapshot);
        await writing(dir, () => mkdir(dir, { recursive: true }));
        await writing(path.join(dir, 'elements.csv'), (f) => writeFile(f, tables.elements));
        await writing(path.join(dir, 'connections.csv'), (f) => writeFile(f, tables.connections));
        return void ctx.log(`wrote ${done} to ${path.join(dir, 'elements.csv')} and connections.csv`);
      }
      const text = render(opts.format, snapshot);
      if (!opts.out) return void process.stdout.write(text);
      await writing(opts.out, (f) => writeFile(f, text));
      ctx.log(`wrote ${done} to ${opts.out}`);
    });
}

/** A path the user gave that cannot be written is their error (exit 1), not ours. */
async function writing(file: string, write: (file: string) => Promise<unknown>): Promise<void> {
  try {
    await write(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code !== 'string') throw err;
    const why: Record<string, string> = {
      ENOENT: 'its directory does not exist',
      EEXIST: 'a file is in the way (csv needs a directory)',
      ENOTDIR: 'a file is in the way (csv needs a directory)',
      EACCES: 'permission denied',
      EISDIR: 'it is a directory',
      ENOSPC: 'no space left on the device',
    };
    throw new CliUserError(`cannot write ${file}: ${why[e.code] ?? e.message.split('\n')[0]}`);
  }
}
