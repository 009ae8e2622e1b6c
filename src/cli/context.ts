/**
 * What every command needs: settings, and a database opened once and closed at the end.
 * The driver and the migrations are imported when a command first needs the database, so
 * `kg --help` and the usage errors start in a fraction of the time.
 */
import { loadSettings, type Settings } from '../config/settings.js';
import type { Database } from '../db/connection.js';

export interface CliContext {
  settings: Settings;
  log: (msg: string) => void;
}

export function cliContext(): CliContext {
  return { settings: loadSettings(), log: (msg) => process.stderr.write(`${msg}\n`) };
}

export interface WithDatabaseOptions {
  /**
   * Apply the migrations first (commands that write). Reading commands skip them: they need no
   * schema, and two processes migrating a fresh database at once can deadlock on its schema lock.
   */
  migrate?: boolean;
}

/** Opens the database (starting the local server if needed), migrates if asked, runs `work`, closes. */
export async function withDatabase<T>(ctx: CliContext, work: (db: Database) => Promise<T>, opts: WithDatabaseOptions = {}): Promise<T> {
  const { openDatabase } = await import('../db/connection.js');
  const db = await openDatabase(ctx.settings, { log: ctx.log });
  try {
    if (opts.migrate) {
      const { migrate } = await import('../db/migrations.js');
      await migrate(db);
    }
    return await work(db);
  } finally {
    await db.close();
  }
}
