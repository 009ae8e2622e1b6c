/**
 * ReadAhead hands readings out in file order whoever read them, keeps the pool busy, reads
 * in this thread only what is its share, and never here while told not to (a write in flight).
 */
import { describe, it, expect } from 'vitest';
import { ReadAhead } from '../../../src/ingest/workers/read-ahead.js';
import type { ReadPool } from '../../../src/ingest/workers/read-pool.js';
import type { ReadOutcome } from '../../../src/ingest/workers/read-worker.js';

const files = Array.from({ length: 12 }, (_, i) => `doc-${i}.md`);

/** A pool whose documents come back after uneven delays, and a record of who read what. */
function fakes(threads: number) {
  const byPool: string[] = [];
  const byHere: string[] = [];
  const outcome = (file: string): ReadOutcome => ({ ok: false, error: file });
  const pool: ReadPool = {
    threads,
    read: async (file) => {
      byPool.push(file);
      await new Promise((r) => setTimeout(r, 5 + ((file.length * 7 + byPool.length * 13) % 11)));
      return outcome(file);
    },
    close: async () => {},
  };
  const here = async (file: string) => {
    byHere.push(file);
    return outcome(file);
  };
  return { pool, here, byPool, byHere };
}

async function takeAll(ahead: ReadAhead): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const o = await ahead.take();
    out.push(o.ok ? 'ok' : o.error);
  }
  return out;
}

describe('ReadAhead', () => {
  it('hands out every file once, in order, read by the pool or here', async () => {
    const f = fakes(1);
    expect(await takeAll(new ReadAhead(files, f.pool, f.here))).toEqual(files);
    expect([...f.byPool, ...f.byHere].sort()).toEqual([...files].sort());
    // The pool's first documents are slow to come: this thread reads its share meanwhile.
    expect(f.byPool.length).toBeGreaterThan(0);
    expect(f.byHere.length).toBeGreaterThan(0);
  });

  it('reads nothing here ahead of its turn while told not to', async () => {
    const f = fakes(1);
    expect(await takeAll(new ReadAhead(files, f.pool, f.here, () => false))).toEqual(files);
    expect(f.byHere).toEqual([]);
    expect(f.byPool).toEqual(files);
  });

  it('with no worker threads reads everything here, in order', async () => {
    const f = fakes(0);
    expect(await takeAll(new ReadAhead(files, f.pool, f.here))).toEqual(files);
    expect(f.byHere).toEqual(files);
    expect(f.byPool).toEqual([]);
  });
});
