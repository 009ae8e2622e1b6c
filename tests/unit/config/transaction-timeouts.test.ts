/**
 * Reads answer researchers and stay short (KG_TX_TIMEOUT_MS); writes (ingest batches, restores)
 * get their own, longer timeout, so a restore on a busy machine is not killed at the API's limit.
 */
import { describe, expect, it } from 'vitest';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { loadSettings } from '../../../src/config/settings.js';
import { wrapDriver } from '../../../src/db/connection.js';

/** A driver whose sessions record how each transaction was sent and its config, and run no Cypher. */
function recordingDriver(seen: Array<{ mode: string; timeout: unknown }>): Driver {
  const session = {
    executeRead: async (work: (tx: ManagedTransaction) => unknown, config: { timeout?: number }) => {
      seen.push({ mode: 'read', timeout: config.timeout });
      return work({} as ManagedTransaction);
    },
    executeWrite: async (work: (tx: ManagedTransaction) => unknown, config: { timeout?: number }) => {
      seen.push({ mode: 'write', timeout: config.timeout });
      return work({} as ManagedTransaction);
    },
    run: async (_cypher: string, _params: unknown, config: { timeout?: number }) => {
      seen.push({ mode: 'auto-commit read', timeout: config.timeout });
      return { records: [] };
    },
    close: async () => undefined,
  };
  return { session: () => session } as unknown as Driver;
}

describe('transaction timeouts', () => {
  it('defaults: 15 s for reads, 10 min for writes; both can be set', () => {
    const defaults = loadSettings({});
    expect(defaults.txTimeoutMs).toBe(15_000);
    expect(defaults.writeTxTimeoutMs).toBe(600_000);
    const set = loadSettings({ KG_TX_TIMEOUT_MS: '2000', KG_WRITE_TX_TIMEOUT_MS: '90000' });
    expect([set.txTimeoutMs, set.writeTxTimeoutMs]).toEqual([2000, 90_000]);
  });

  it('refuses a write timeout under a second', () => {
    expect(() => loadSettings({ KG_WRITE_TX_TIMEOUT_MS: '10' })).toThrow(/KG_WRITE_TX_TIMEOUT_MS/);
  });

  it('reads (managed or one auto-commit query) run under the read timeout, writes under the write timeout', async () => {
    const seen: Array<{ mode: string; timeout: unknown }> = [];
    const db = wrapDriver(recordingDriver(seen), 'bolt://example', undefined, 2_000, 90_000);
    await db.read(async () => 1);
    await db.write(async () => 2);
    await db.query('RETURN 1');
    expect(seen).toEqual([
      { mode: 'read', timeout: 2_000 },
      { mode: 'write', timeout: 90_000 },
      { mode: 'auto-commit read', timeout: 2_000 },
    ]);
  });
});
