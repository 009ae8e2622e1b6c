// The generated password is base64url (A-Z a-z 0-9 - _): one fresh data dir in 64 gets one
// beginning with "-", which set-initial-password once read as an option (exit code 64) so the
// first start died. Every shape of password must set up a brand-new store and log in.
// Starts real Neo4j servers (one per shape) on temp data dirs; needs no shared test database.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalServer, stopLocalServer } from '../../src/db/local-server.js';
import { freePort } from '../support/free-port.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

// The shapes an option parser could misread: a leading "-" (the one in 64 that failed) and "--".
// Everything else base64url produces ("_", digits, "-" inside) is an ordinary word once "--"
// ends the options; each fresh server costs a minute here, so CI starts these two
// (KG_TEST_ALL_PASSWORD_SHAPES=1 starts the other three too).
const SHAPES: [string, string][] = [
  ['a leading "-"', '-Qm9vbGVhbnMgYXJlIG5vdCBvcHRpb25z'],
  ['a leading "--"', '--help-is-not-an-option-here_0123'],
  ...((process.env.KG_TEST_ALL_PASSWORD_SHAPES === '1'
    ? [
        ['a leading "_"', '_Zm9yIGFsbCB0aGF0IGlzIHNhaWQgaGVyZQ'],
        ['only digits', '12345678901234567890123456789012'],
        ['"=" and "-" inside', 'abc-def=ghi_jkl-mno=pqr-stu_vwx-y'],
      ]
    : []) as [string, string][]),
];

describe('a fresh data dir starts whatever its password looks like', () => {
  for (const [shape, password] of SHAPES) {
    it(`password with ${shape}`, { timeout: 600_000 }, async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'kg-password-'));
      const opts = { dataDir, boltPort: await freePort(), projectRoot, heap: '256m', pageCache: '16m' };
      try {
        await writeFile(join(dataDir, 'password'), password, { mode: 0o600 });
        const info = await startLocalServer(opts);
        expect(info.password).toBe(password);
        const driver = neo4j.driver(info.uri, neo4j.auth.basic('neo4j', password));
        try {
          const rows = await driver.executeQuery('RETURN 40 + 2 AS n', {}, { routing: neo4j.routing.READ });
          expect(rows.records[0]?.get('n')).toEqual(neo4j.int(42));
        } finally {
          await driver.close();
        }
        // The default credentials must never have been reachable.
        const wrong = neo4j.driver(info.uri, neo4j.auth.basic('neo4j', 'neo4j'));
        try {
          await expect(wrong.verifyAuthentication()).resolves.toBe(false);
        } finally {
          await wrong.close();
        }
      } finally {
        await stopLocalServer(opts).catch(() => undefined);
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  }
});
