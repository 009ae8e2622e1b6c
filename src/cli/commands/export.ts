/** `kg export --format json|graphml|gexf|csv [--out FILE]`: the whole graph, byte-identical for the same graph. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXPORT_FORMATS, readSnapshot, render, renderCsv, type ExportFormat } from '../../export/index.js';
import { cliContext, withDatabase } from '../context.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the whole graph')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--out <path>', 'output file (for csv: a directory receiving elements.csv and connections.csv); default: stdout')
    .action(async (opts: { format: ExportFormat; out?: string }) => {
      const ctx = cliContext();
      const snapshot = await withDatabase(ctx, readSnapshot);
      if (opts.format === 'csv') {
        const tables = renderCsv(snapshot);
        if (!opts.out) return void process.stdout.write(`${tables.elements}\n${tables.connections}`);
        await mkdir(opts.out, { recursive: true });
        await writeFile(path.join(opts.out, 'elements.csv'), tables.elements);
        await writeFile(path.join(opts.out, 'connections.csv'), tables.connections);
        return void ctx.log(`wrote ${path.join(opts.out, 'elements.csv')} and connections.csv`);
      }
      const text = render(opts.format, snapshot);
      if (opts.out) {
        await writeFile(opts.out, text);
        ctx.log(`wrote ${snapshot.nodes.length} nodes and ${snapshot.relationships.length} relationships to ${opts.out}`);
      } else {
        process.stdout.write(text);
      }
    });
}
