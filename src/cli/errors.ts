/**
 * Exit codes: 0 success, 1 a user's error (bad input, missing prerequisite, unreachable
 * database) with one line saying what to do, 2 an internal error (a bug: the stack goes to
 * stderr only with KG_DEBUG=1).
 */
import { SettingsError } from '../config/settings.js';
import { DatabaseUnavailableError } from '../db/connection.js';
import { LocalServerError } from '../db/local-server.js';
import { UserInputError } from '../ingest/index.js';
import { CommanderError } from 'commander';

export class CliUserError extends Error {}

const USER_ERRORS = [CliUserError, UserInputError, SettingsError, DatabaseUnavailableError, LocalServerError];

export function exitCodeFor(err: unknown): 1 | 2 {
  return USER_ERRORS.some((E) => err instanceof E) ? 1 : 2;
}

export function reportAndExit(err: unknown): never {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 1);
  const code = exitCodeFor(err);
  const message = (err as Error)?.message?.split('\n')[0] ?? String(err);
  process.stderr.write(code === 1 ? `kg: ${message}\n` : `kg: internal error: ${message}\n`);
  if (code === 2 && process.env.KG_DEBUG === '1') process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  process.exit(code);
}
