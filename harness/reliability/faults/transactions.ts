/**
 * Waits until the server runs a write transaction that holds locks (it has written part of a
 * document and not committed), so a kill lands mid-transaction rather than between documents.
 */
import type { Driver } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';

export interface OpenTransaction {
  transactionId: string;
  /** Age of the transaction when seen, ms. */
  elapsedMs: number;
  activeLockCount: number;
  /** The statement running when seen (truncated), if one was. */
  currentQuery: string;
}

interface Row {
  transactionId: string;
  currentQuery: string;
  activeLockCount: number;
  elapsedTime: { seconds: number; nanoseconds: number };
}

export async function waitForWriteTransaction(
  driver: Driver,
  want: { minLocks: number; minElapsedMs?: number },
  timeoutMs: number,
): Promise<OpenTransaction | null> {
  const deadline = Date.now() + timeoutMs;
  const session = driver.session();
  try {
    while (Date.now() < deadline) {
      const res = await session.run(
        `SHOW TRANSACTIONS YIELD transactionId, currentQuery, activeLockCount, elapsedTime
         WHERE activeLockCount >= $minLocks AND NOT currentQuery STARTS WITH 'SHOW'
         RETURN transactionId, currentQuery, activeLockCount, elapsedTime`,
        { minLocks: want.minLocks },
      );
      for (const r of res.records) {
        const row = r.toObject() as Row;
        const elapsedMs = row.elapsedTime.seconds * 1000 + row.elapsedTime.nanoseconds / 1e6;
        if (elapsedMs < (want.minElapsedMs ?? 0)) continue;
        return {
          transactionId: row.transactionId,
          elapsedMs: Math.round(elapsedMs),
          activeLockCount: row.activeLockCount,
          currentQuery: row.currentQuery.replace(/\s+/g, ' ').slice(0, 80),
        };
      }
      await sleep(5);
    }
    return null;
  } finally {
    await session.close().catch(() => undefined);
  }
}
