/** The `kg` command: db, ingest, diff, export, import, stats, serve, start. */
import { Command } from 'commander';
import { registerDb } from './commands/db.js';
import { registerIngest } from './commands/ingest.js';
import { registerDiff } from './commands/diff.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerStats } from './commands/stats.js';
import { registerServe } from './commands/serve.js';
import { reportAndExit } from './errors.js';
import { exitQuietlyOnClosedPipe, exitWhenFlushed } from './exit.js';

const USAGE_HINT = '(run kg --help for usage)';

exitQuietlyOnClosedPipe();

// Set before the commands are added: subcommands inherit the exit override and the output
// configuration. A usage error is one line, like every other user error: "kg: <what> (hint)".
const program = new Command('kg')
  .description('Knowledge graph of who said what in UN dialogues between States and civil society')
  .exitOverride()
  .configureOutput({
    outputError: (str, write) => write(`kg: ${str.trim().replace(/^error: /, '')} ${USAGE_HINT}\n`),
  });

registerDb(program);
registerIngest(program);
registerDiff(program);
registerExport(program);
registerImport(program);
registerStats(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
  // The driver's sockets and timers would keep a finished command alive for a while.
  await exitWhenFlushed(0);
} catch (err) {
  await reportAndExit(err);
}
