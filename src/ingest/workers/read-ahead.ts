/**
 * Documents read ahead of the one being resolved, handed out in file order. Most go to the
 * worker pool; the ones past what keeps the pool busy are read by this thread while it would
 * otherwise wait: on the pool's first document (workers take a second or more to start), or
 * on a worker still reading. So every core reads, including the one that resolves and loads,
 * and the window bounds how many finished readings wait in memory.
 */
import type { ReadOutcome } from './read-worker.js';
import type { ReadPool } from './read-pool.js';

interface Slot {
  file: string;
  inPool: boolean;
  outcome: Promise<ReadOutcome> | null;
  settled: boolean;
}

export class ReadAhead {
  private readonly slots: Slot[] = [];
  private next = 0;
  private readonly poolDepth: number;
  private readonly window: number;

  constructor(
    private readonly files: readonly string[],
    private readonly pool: ReadPool,
    private readonly readHere: (file: string) => Promise<ReadOutcome>,
    /** Whether this thread may read now; no while it is writing, or each query waits for a whole document's reading. */
    private readonly mayReadHere: () => boolean = () => true,
  ) {
    // Two tasks per worker keep each busy between messages; a few more are this thread's share.
    this.poolDepth = pool.threads * 2;
    this.window = Math.max(2, this.poolDepth + 4);
  }

  /** The next file's reading (files in the order given). */
  async take(): Promise<ReadOutcome> {
    this.fill();
    const head = this.slots[0]!;
    // While the head is not in, read what is this thread's to read (the head itself first, if it is).
    while (!head.settled) {
      // The head itself is always read when it is this thread's: nobody else will.
      const own = this.slots.find((s) => !s.inPool && s.outcome === null && (s === head || this.mayReadHere()));
      if (!own) break;
      await this.start(own);
      this.fill();
    }
    this.slots.shift();
    return this.start(head);
  }

  private fill(): void {
    while (this.slots.length < this.window && this.next < this.files.length) {
      const inPool =
        this.pool.threads > 0 && (this.slots.filter((s) => s.inPool && !s.settled).length < this.poolDepth || !this.mayReadHere());
      const slot: Slot = { file: this.files[this.next++]!, inPool, outcome: null, settled: false };
      this.slots.push(slot);
      if (inPool) void this.start(slot);
    }
  }

  private start(slot: Slot): Promise<ReadOutcome> {
    if (!slot.outcome) {
      slot.outcome = (slot.inPool ? this.pool.read(slot.file) : this.readHere(slot.file)).finally(() => {
        slot.settled = true;
      });
    }
    return slot.outcome;
  }
}
