/**
 * Reading (parse + extract) spread over worker threads with piscina, so a folder of many
 * documents uses the machine's cores while the main thread resolves and loads. With
 * `threads: 0` the same task runs in the calling thread (the API's single document, tests).
 *
 * Worker threads run compiled JavaScript: the sibling `.js` of a build, or, when the project
 * runs as TypeScript, the reader bundled into one module (worker-bundle.ts: a worker that
 * transpiled each module through tsx took seconds to start). If the bundle cannot be made,
 * workers fall back to TypeScript under tsx, when tsx's loader flags are there to inherit.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ReadOutcome, ReadTask } from './read-worker.js';
import readInThread from './read-worker.js';
import { bundledWorker } from './worker-bundle.js';

export interface ReadPool {
  read(file: string): Promise<ReadOutcome>;
  /** Worker threads behind `read` (0: it reads in the calling thread). */
  readonly threads: number;
  close(): Promise<void>;
}

export function defaultReadThreads(): number {
  // One core stays with the main thread (it resolves, loads, and reads too) and one with the
  // database, which `kg start` runs on this machine. On two cores a worker only added its
  // start-up and the copying of each read document: 200 synthetic documents loaded in a median
  // 4.9 s with one worker against 4.0–4.4 s with none (bench/ingest.ts, same run; raw batched 2.8 s).
  return Math.max(0, Math.min(availableParallelism() - 2, 8));
}

/** The same read, in the calling thread. */
export function readHere(vocabularyDir: string): (file: string) => Promise<ReadOutcome> {
  return (file) => readInThread({ file, vocabularyDir });
}

export function createReadPool(vocabularyDir: string, threads: number): ReadPool {
  const here = readHere(vocabularyDir);
  if (threads <= 0) return { read: here, threads: 0, close: async () => {} };
  const pool = workerScript().then((filename) =>
    filename === null
      ? null
      : new Piscina<ReadTask, ReadOutcome>({
          filename,
          minThreads: threads,
          maxThreads: threads,
          // A huge document's structures can be large; a worker that runs out of memory fails that document only.
          resourceLimits: { maxOldGenerationSizeMb: 2048 },
        }),
  );
  return {
    threads,
    read: async (file) => {
      const workers = await pool;
      if (!workers) return here(file);
      try {
        return await workers.run({ file, vocabularyDir });
      } catch (err) {
        return { ok: false, error: `${file}: ${(err as Error).message.split('\n')[0]}` };
      }
    },
    close: async () => {
      await (await pool)?.destroy();
    },
  };
}

/** The worker's module, or null when no worker can load this code (then reads stay in this thread). */
async function workerScript(): Promise<string | null> {
  if (import.meta.url.endsWith('.js')) return new URL('./read-worker.js', import.meta.url).href;
  const source = new URL('./read-worker.ts', import.meta.url).href;
  try {
    return await bundledWorker(source);
  } catch (err) {
    // No bundle (esbuild missing, read-only checkout): TypeScript under tsx still works, slowly.
    if (process.execArgv.some((a) => /tsx/.test(a))) return source;
    process.emitWarning(`reading in one thread: no worker bundle (${(err as Error).message.split('\n')[0]})`);
    return null;
  }
}
