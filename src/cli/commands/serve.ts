/**
 * `kg serve` (API and viewer) and `kg start` (what `npm start` runs: database, migrations,
 * the seeds ingested, then serve). Both stay up until interrupted and shut down cleanly:
 * Ctrl-C (SIGINT) or SIGTERM closes the server and the driver, stops the local Neo4j if this
 * command started it, and says in one line what keeps running otherwise.
 */
import type { Command } from 'commander';
import path from 'node:path';
import type { Database } from '../../db/connection.js';
import { cliContext, type CliContext } from '../context.js';
import { expandInputs } from '../inputs.js';
import { INTERRUPTED, onStopSignal } from '../stop-signal.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (/graphql, /graphiql) and the viewer (/)')
    .action(async () => {
      await run(cliContext(), { ingestSeeds: false, serve: true });
    });

  program
    .command('start')
    .description('start the database if needed, migrate, ingest everything in seeds/, then serve; Ctrl-C stops what it started')
    .option('--no-serve', 'stop after ingesting')
    .action(async (opts: { serve: boolean }) => {
      await run(cliContext(), { ingestSeeds: true, serve: opts.serve });
    });
}

async function run(ctx: CliContext, opts: { ingestSeeds: boolean; serve: boolean }): Promise<void> {
  const stop = onStopSignal();
  const local = ctx.settings.neo4j.external
    ? undefined
    : { dataDir: ctx.settings.dataDir, boltPort: ctx.settings.boltPort, projectRoot: ctx.settings.projectRoot };
  const server = await import('../../db/local-server.js');
  // Was it running before us? Then it is someone else's (`kg db start`, another `kg start`): leave it.
  const before = local ? await server.localServerStatus(local) : undefined;
  let db: Database | undefined;
  let api: { close(): Promise<void> } | undefined;
  let failed = false;
  try {
    const opened = await stop.race(openMigrated(ctx));
    if (opened === INTERRUPTED) return;
    db = opened;
    if (opts.ingestSeeds) {
      const { Ingestor } = await import('../../ingest/index.js');
      const files = await expandInputs([path.join(ctx.settings.projectRoot, 'seeds')]);
      const ingestor = await Ingestor.create(db);
      for (const f of files) {
        const r = await stop.race(ingestor.ingestFile(f));
        if (r === INTERRUPTED) return;
        ctx.log(
          r.status === 'failed'
            ? `error: ${r.error}`
            : `${r.status}: ${path.basename(f)} → ${r.documentId} (${r.nodes} nodes, ${r.relationships} relationships)`,
        );
      }
    }
    if (!opts.serve) return;
    const { startServer } = await import('../../api/server.js');
    // Source-mapped stack traces cost on every query (api/source-maps.ts): kept at LOG_LEVEL=debug.
    (await import('../../api/source-maps.js')).sourceMapsForServing(ctx.settings.logLevel);
    const started = await stop.race(startServer(ctx.settings, db));
    if (started === INTERRUPTED) return;
    api = started;
    ctx.log(
      `API:     ${started.url}\nExplore: ${started.origin}/graphiql\nViewer:  ${started.origin}/\nCtrl-C stops ${before?.running === false ? 'the API and the Neo4j it started' : 'the API'}`,
    );
    await stop.signalled;
  } catch (err) {
    failed = true; // e.g. the API's port is taken: leave nothing of ours running behind the error
    throw err;
  } finally {
    await shutDown(ctx, stop.wasSignalled() || failed, api, db, local, before);
  }
}

async function shutDown(
  ctx: CliContext,
  stopLocal: boolean,
  api: { close(): Promise<void> } | undefined,
  db: Database | undefined,
  local: { dataDir: string; boltPort: number; projectRoot: string } | undefined,
  before: { running: boolean; pid?: number } | undefined,
): Promise<void> {
  await api?.close().catch(() => undefined);
  await db?.close().catch(() => undefined);
  if (!local || !before || !stopLocal) return;
  const { stopLocalServer } = await import('../../db/local-server.js');
  if (!before.running) {
    const res = await stopLocalServer({ ...local, log: ctx.log });
    if (res.stopped) ctx.log(`stopped Neo4j (pid ${res.pid}), which this command started`);
  } else {
    ctx.log(
      `Neo4j keeps running (pid ${before.pid}, data ${local.dataDir}): it was running before this command; \`npx kg db stop\` stops it`,
    );
  }
}

// The driver, the pipeline and the API server load when a command runs, not for `kg --help`.
async function openMigrated(ctx: CliContext): Promise<Database> {
  const [{ openDatabase }, { migrate }] = await Promise.all([import('../../db/connection.js'), import('../../db/migrations.js')]);
  const db = await openDatabase(ctx.settings, { log: ctx.log });
  await migrate(db);
  return db;
}
