/**
 * `kg serve` (API and viewer) and `kg start` (what `npm start` runs: database, migrations,
 * the seeds ingested, then serve). Both stay up until interrupted and shut down cleanly.
 */
import type { Command } from 'commander';
import path from 'node:path';
import type { Database } from '../../db/connection.js';
import { cliContext, type CliContext } from '../context.js';
import { expandInputs } from '../inputs.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (/graphql, /graphiql) and the viewer (/)')
    .action(async () => {
      const ctx = cliContext();
      const db = await openMigrated(ctx);
      await serveUntilStopped(ctx, db);
    });

  program
    .command('start')
    .description('start the database if needed, migrate, ingest everything in seeds/, then serve')
    .option('--no-serve', 'stop after ingesting')
    .action(async (opts: { serve: boolean }) => {
      const ctx = cliContext();
      const db = await openMigrated(ctx);
      const { Ingestor } = await import('../../ingest/index.js');
      const files = await expandInputs([path.join(ctx.settings.projectRoot, 'seeds')]);
      const ingestor = await Ingestor.create(db);
      for (const f of files) {
        const r = await ingestor.ingestFile(f);
        ctx.log(
          r.status === 'failed'
            ? `error: ${r.error}`
            : `${r.status}: ${path.basename(f)} → ${r.documentId} (${r.nodes} nodes, ${r.relationships} relationships)`,
        );
      }
      if (!opts.serve) return void (await db.close());
      await serveUntilStopped(ctx, db);
    });
}

// The driver, the pipeline and the API server load when a command runs, not for `kg --help`.
async function openMigrated(ctx: CliContext): Promise<Database> {
  const [{ openDatabase }, { migrate }] = await Promise.all([import('../../db/connection.js'), import('../../db/migrations.js')]);
  const db = await openDatabase(ctx.settings, { log: ctx.log });
  await migrate(db);
  return db;
}

async function serveUntilStopped(ctx: CliContext, db: Database): Promise<void> {
  const { startServer } = await import('../../api/server.js');
  const server = await startServer(ctx.settings, db);
  ctx.log(`API:     ${server.url}\nExplore: ${server.origin}/graphiql\nViewer:  ${server.origin}/`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await db.close();
}
