/**
 * Exit codes: 0 success, 1 a user's error (bad input, missing prerequisite, unreachable
 * database) with one line saying what to do, 2 an internal error (a bug: the stack goes to
 * stderr only with KG_DEBUG=1).
 */
import { CommanderError } from 'commander';
import { SettingsError } from '../config/settings.js';
import { exitWhenFlushed } from './exit.js';

export class CliUserError extends Error {}

/**
 * The user-error classes of the modules the commands load. Imported here only when an error
 * is reported, so that `kg --help` does not load the driver and the whole pipeline; a module
 * a command never loaded cannot have thrown, so the import costs nothing that matters.
 */
async function userErrorClasses(): Promise<(abstract new (...args: never[]) => Error)[]> {
  const [{ DatabaseUnavailableError }, { LocalServerError }, { UserInputError }] = await Promise.all([
    import('../db/connection.js'),
    import('../db/local-server.js'),
    import('../ingest/index.js'),
  ]);
  return [CliUserError, SettingsError, DatabaseUnavailableError, LocalServerError, UserInputError];
}

export async function exitCodeFor(err: unknown): Promise<1 | 2> {
  if (err instanceof CliUserError || err instanceof SettingsError) return 1;
  return (await userErrorClasses()).some((E) => err instanceof E) ? 1 : 2;
}

export async function reportAndExit(err: unknown): Promise<never> {
  // Commander has already printed its one line (see main.ts) or the help it was asked for.
  if (err instanceof CommanderError) return exitWhenFlushed(err.exitCode === 0 ? 0 : 1);
  const code = await exitCodeFor(err);
  const message = oneLine(err);
  process.stderr.write(code === 1 ? `kg: ${message}\n` : `kg: internal error: ${message}\n`);
  if (code === 2 && process.env.KG_DEBUG === '1') process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  return exitWhenFlushed(code);
}

function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.trim() || (err instanceof Error ? err.name : 'unknown error');
}
