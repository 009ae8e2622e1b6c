/** What every command needs: settings, and a database opened once and closed at the end. */
import { loadSettings, type Settings } from '../config/settings.js';
import { openDatabase, type Database } from '../db/connection.js';
import { migrate } from '../db/migrations.js';

export interface CliContext {
  settings: Settings;
  log: (msg: string) => void;
}

export function cliContext(): CliContext {
  return { settings: loadSettings(), log: (msg) => process.stderr.write(`${msg}\n`) };
}

/** Opens the database (starting the local server if needed), migrates, runs `work`, closes. */
export async function withDatabase<T>(ctx: CliContext, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(ctx.settings, { log: ctx.log });
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}
