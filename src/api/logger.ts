/**
 * JSON logs (pino), one root logger per server; each request gets a child carrying its
 * request id, so every line about one request can be found with one grep.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Settings } from '../config/settings.js';

export type { Logger };

/** `destination` defaults to stdout; the security check passes a buffer to read what would be logged. */
export function createLogger(settings: Pick<Settings, 'logLevel'>, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: settings.logLevel,
    base: { service: 'kg-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never log credentials, even if a future log call passes headers through.
    redact: { paths: ['headers.authorization', 'headers["x-api-key"]', '*.authorization', '*["x-api-key"]'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
