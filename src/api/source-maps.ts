/**
 * Source-mapped stack traces while serving: only when asked for (LOG_LEVEL debug or trace).
 *
 * tsx turns Node's source maps on for the whole process, so that a stack trace names lines
 * of the TypeScript files. That costs on every request, not only on errors: neo4j-driver
 * reads a fresh `new Error().stack` for every query result it creates (to give a failed
 * query the caller's stack), and with source maps on, each frame of it is looked up in the
 * maps (findSourceMap, a file URL built per frame). In the API process that was 4–8% of its
 * CPU (bench/api-profile.ts, panellists query: ~0.2 ms per request).
 *
 * The trade-off: with source maps off, a logged stack still names the .ts file and function
 * of each frame, but its line and column are those of tsx's compiled JavaScript, not of the
 * source. Run with LOG_LEVEL=debug (or node --enable-source-maps) to get source lines; the
 * cost comes back with them.
 */

const SOURCE_LINE_LEVELS = new Set(['debug', 'trace']);

/**
 * Whether a server logging at `logLevel` keeps source-mapped stack traces: at debug or trace,
 * or when Node was started with --enable-source-maps on purpose (command line or NODE_OPTIONS).
 */
export function wantsSourceMappedStacks(
  logLevel: string,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
): boolean {
  const asked = execArgv.includes('--enable-source-maps') || /(^|\s)--enable-source-maps(\s|$)/.test(nodeOptions);
  return asked || SOURCE_LINE_LEVELS.has(logLevel.toLowerCase());
}

/**
 * Called by the serving commands (kg serve, kg start) before they serve: turns source maps
 * off unless the log level asks for source lines. Process-wide, so it is not done by
 * startServer itself (tests start servers inside the test runner's process).
 * Returns whether source maps are on afterwards.
 */
export function sourceMapsForServing(logLevel: string, ...startedWith: [execArgv?: readonly string[], nodeOptions?: string]): boolean {
  const on = wantsSourceMappedStacks(logLevel, ...startedWith);
  process.setSourceMapsEnabled(on);
  return on;
}
