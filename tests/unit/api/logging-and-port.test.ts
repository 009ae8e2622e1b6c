import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { loadSettings, SettingsError } from '../../../src/config/settings.js';
import { prettyLine } from '../../../src/api/logger.js';
import { listen } from '../../../src/api/http/listen.js';
import { exitCodeFor } from '../../../src/cli/errors.js';

describe('LOG_FORMAT', () => {
  it('defaults to auto and accepts pretty and json', () => {
    expect(loadSettings({}).logFormat).toBe('auto');
    expect(loadSettings({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadSettings({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadSettings({ LOG_FORMAT: 'xml' })).toThrow(SettingsError);
    expect(() => loadSettings({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });

  it('pretty prints a pino line as time, level, message and fields', () => {
    const line = JSON.stringify({
      level: 40,
      time: '2026-12-03T10:11:12.345Z',
      pid: 1,
      hostname: 'h',
      service: 'kg-api',
      msg: 'request',
      method: 'POST',
      status: 500,
      path: '/graphql',
      note: 'two words',
    });
    expect(prettyLine(line)).toBe('10:11:12 warn request method=POST status=500 path=/graphql note="two words"\n');
  });
});

describe('a busy API port', () => {
  it('is a user error (exit 1) naming the port and PORT', async () => {
    const blocker: NetServer = createNetServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const err = await listen(createServer(), port, '127.0.0.1').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SettingsError);
      expect((err as Error).message).toBe(
        `port ${port} on 127.0.0.1 is in use by another process: set PORT to a free port (e.g. PORT=${port + 1})`,
      );
      expect(await exitCodeFor(err)).toBe(1);
    } finally {
      blocker.close();
    }
  });
});
