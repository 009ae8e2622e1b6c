/** The `kg` command: db, ingest, export, stats, serve, start. */
import { Command } from 'commander';
import { registerDb } from './commands/db.js';
import { registerIngest } from './commands/ingest.js';
import { registerExport } from './commands/export.js';
import { registerStats } from './commands/stats.js';
import { registerServe } from './commands/serve.js';
import { reportAndExit } from './errors.js';

const program = new Command('kg')
  .description('Knowledge graph of who said what in UN dialogues between States and civil society')
  .exitOverride()
  .showHelpAfterError('(run kg --help for usage)');

registerDb(program);
registerIngest(program);
registerExport(program);
registerStats(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
  // The driver's sockets and timers would keep a finished command alive for a while.
  process.exit(0);
} catch (err) {
  reportAndExit(err);
}
