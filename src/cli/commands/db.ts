/** `kg db start|stop|status`: the local Neo4j's lifecycle, or a note that an external one is in use. */
import type { Command } from 'commander';
import { cliContext } from '../context.js';

export function registerDb(program: Command): void {
  const db = program.command('db').description('start, stop or inspect the local Neo4j server');
  db.command('start')
    .description('start the local Neo4j (provisioned from Maven Central on first use) and wait until it answers')
    .action(async () => {
      const ctx = cliContext();
      if (ctx.settings.neo4j.external) return void console.log(`using external Neo4j at ${ctx.settings.neo4j.uri}; nothing to start`);
      const { startLocalServer } = await import('../../db/local-server.js');
      const info = await startLocalServer({
        dataDir: ctx.settings.dataDir,
        boltPort: ctx.settings.boltPort,
        projectRoot: ctx.settings.projectRoot,
        log: ctx.log,
      });
      console.log(`${info.started ? 'started' : 'already running'}: Neo4j at ${info.uri} (pid ${info.pid}, data ${info.dataDir})`);
    });
  db.command('stop')
    .description('stop the local Neo4j cleanly')
    .action(async () => {
      const ctx = cliContext();
      if (ctx.settings.neo4j.external) return void console.log(`using external Neo4j at ${ctx.settings.neo4j.uri}; nothing to stop`);
      const { stopLocalServer } = await import('../../db/local-server.js');
      const res = await stopLocalServer({
        dataDir: ctx.settings.dataDir,
        boltPort: ctx.settings.boltPort,
        projectRoot: ctx.settings.projectRoot,
      });
      // The server is found by its data directory, whatever port it was started on.
      console.log(
        res.stopped
          ? `stopped: Neo4j (pid ${res.pid}, data ${ctx.settings.dataDir})`
          : `not running, nothing to stop (data ${ctx.settings.dataDir})`,
      );
    });
  db.command('status')
    .description('say what runs where')
    .action(async () => {
      const ctx = cliContext();
      if (ctx.settings.neo4j.external)
        return void console.log(`external Neo4j: ${ctx.settings.neo4j.uri} (database ${ctx.settings.neo4j.database ?? 'default'})`);
      const { localServerStatus } = await import('../../db/local-server.js');
      const s = await localServerStatus({
        dataDir: ctx.settings.dataDir,
        boltPort: ctx.settings.boltPort,
        projectRoot: ctx.settings.projectRoot,
      });
      console.log(
        s.running
          ? `running: Neo4j at ${s.uri} (pid ${s.pid}, ${s.answering ? 'answering' : 'not answering yet'}, data ${s.dataDir})`
          : `not running (data ${s.dataDir}, bolt port ${s.boltPort})`,
      );
    });
}
