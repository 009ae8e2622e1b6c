/**
 * Logs (pino), one root logger per server; each request gets a child carrying its request id,
 * so every line about one request can be found with one grep. LOG_FORMAT picks the form: JSON
 * lines for log collectors (`json`), one short readable line per event (`pretty`), or, by
 * default (`auto`), pretty when stdout is a terminal and JSON otherwise.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Settings } from '../config/settings.js';

export type { Logger };

/** `destination` defaults to stdout; the security check passes a buffer to read what would be logged (always JSON). */
export function createLogger(
  settings: Pick<Settings, 'logLevel'> & Partial<Pick<Settings, 'logFormat'>>,
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level: settings.logLevel,
    base: { service: 'kg-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never log credentials, even if a future log call passes headers through.
    redact: { paths: ['headers.authorization', 'headers["x-api-key"]', '*.authorization', '*["x-api-key"]'], censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  const format = settings.logFormat ?? 'auto';
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  return pretty ? pino(options, prettyLines(process.stdout)) : pino(options);
}

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const OMIT = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service']);

/** pino's JSON line as `12:03:04 info request method=POST path=/graphql status=200 ms=4.1`. */
export function prettyLine(json: string): string {
  const o = JSON.parse(json) as Record<string, unknown>;
  const time = typeof o.time === 'string' ? o.time.slice(11, 19) : '';
  const fields = Object.entries(o)
    .filter(([k]) => !OMIT.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? (/\s/.test(v) ? JSON.stringify(v) : v) : JSON.stringify(v)}`);
  return `${[time, LEVELS[o.level as number] ?? String(o.level), String(o.msg ?? ''), ...fields].filter((s) => s !== '').join(' ')}\n`;
}

function prettyLines(out: NodeJS.WritableStream): DestinationStream {
  return { write: (line: string) => void out.write(prettyLine(line)) };
}
