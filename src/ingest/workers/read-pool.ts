/**
 * Reading (parse + extract) spread over worker threads with piscina, so a folder of many
 * documents uses the machine's cores while the main thread resolves and loads. With
 * `threads: 0` the same task runs in the calling thread (the API's single document, tests).
 *
 * Worker threads must be able to load this code: compiled JavaScript, or TypeScript under
 * tsx (whose loader flags a worker inherits through process.execArgv). Elsewhere (e.g. inside
 * vitest) `workersAvailable()` says no and callers read in-thread.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ReadOutcome, ReadTask } from './read-worker.js';
import readInThread from './read-worker.js';

export interface ReadPool {
  read(file: string): Promise<ReadOutcome>;
  close(): Promise<void>;
}

export function defaultReadThreads(): number {
  // One core stays with the main thread (resolve, load, the driver's I/O).
  return Math.max(0, Math.min(availableParallelism() - 1, 8));
}

export function workersAvailable(): boolean {
  if (import.meta.url.endsWith('.js')) return true;
  return process.execArgv.some((a) => /tsx/.test(a));
}

export function createReadPool(vocabularyDir: string, threads: number): ReadPool {
  if (threads <= 0 || !workersAvailable()) {
    return { read: (file) => readInThread({ file, vocabularyDir }), close: async () => {} };
  }
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const pool = new Piscina<ReadTask, ReadOutcome>({
    filename: new URL(`./read-worker${ext}`, import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // A huge document's structures can be large; a worker that runs out of memory fails that document only.
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
  return {
    read: async (file) => {
      try {
        return await pool.run({ file, vocabularyDir });
      } catch (err) {
        return { ok: false, error: `${file}: ${(err as Error).message.split('\n')[0]}` };
      }
    },
    close: () => pool.destroy(),
  };
}
