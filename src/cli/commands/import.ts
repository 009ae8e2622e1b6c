/**
 * `kg import FILE`: restore a backup made by `kg export --format json` into an empty
 * database. The file is checked whole before the first write; a failed restore leaves the
 * database empty again.
 */
import type { Command } from 'commander';
import { cliContext, withDatabase } from '../context.js';
import { CliUserError } from '../errors.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('restore a backup (from kg export --format json) into an empty database')
    .argument('<file>', 'the JSON backup')
    .action(async (file: string) => {
      const ctx = cliContext();
      const { readBackupFile, importSnapshot, BackupFormatError, ImportRefusedError } = await import('../../import/index.js');
      const asUserError = (err: unknown): never => {
        if (err instanceof BackupFormatError || err instanceof ImportRefusedError) throw new CliUserError(err.message);
        throw err;
      };
      const snapshot = await readBackupFile(file).catch(asUserError);
      const result = await withDatabase(ctx, (db) => importSnapshot(db, snapshot).catch(asUserError));
      ctx.log(`restored ${result.nodes} nodes and ${result.relationships} relationships from ${file}`);
    });
}
