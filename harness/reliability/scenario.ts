/**
 * The shape every reliability scenario shares, so `npm run bench:reliability` can print one
 * table and the CI tests (tests/reliability/) can run the same code in its quick form.
 *
 * A scenario is an async function of a context; it returns one or more rows, each a claim
 * of the issue ("p99 within 4× of p50", "export byte-identical after kill -9", …) with the
 * figure measured and whether it passed. It never throws for a failed claim (that is a row
 * with pass: false); it throws only when it could not run at all. A claim that cannot be
 * checked where it runs (a server of your own has no local files to inspect) is `skipped`,
 * with the reason as its figure: never reported as passed.
 */
import type { Database } from '../../src/db/connection.js';
import type { Settings } from '../../src/config/settings.js';

export interface ScenarioResult {
  /** Short name of the claim, e.g. "load: zero errors at c50". */
  scenario: string;
  /** What was measured, human-readable, e.g. "0 errors in 41,203 requests". */
  figure: string;
  pass: boolean;
  /** True when the claim could not be checked here; `pass` is then false and means nothing. */
  skipped?: boolean;
  /** Raw numbers for the note and for tests that want to assert on them. */
  data?: Record<string, unknown>;
}

export interface ScenarioContext {
  /** Quick version (CI): small corpus, 10 s load, 1,000 fuzz cases, one kill. */
  quick: boolean;
  /**
   * A database the scenario may empty and fill (the bench server, or the tests' server).
   * Scenarios that must kill or stop a server start their own (see faults.ts) instead.
   */
  db: Database;
  /** Settings pointing at `db` (NEO4J_URI etc.), for starting an API server or the CLI. */
  settings: Settings;
  /**
   * Where `db`'s server keeps its data when it is the project's local one (for checks of the
   * server itself: listening sockets, password file); undefined for a server of your own.
   */
  localServer?: { dataDir: string; boltPort: number };
  /** Progress lines (stderr in the bench, silent in tests unless KG_RELIABILITY_VERBOSE=1). */
  log: (message: string) => void;
}

export type Scenario = (ctx: ScenarioContext) => Promise<ScenarioResult[]>;

/** How a row reads in the table: pass, FAIL, or skipped. */
export function outcome(r: ScenarioResult): 'pass' | 'FAIL' | 'skipped' {
  return r.skipped ? 'skipped' : r.pass ? 'pass' : 'FAIL';
}
