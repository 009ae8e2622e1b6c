/**
 * Ctrl-C and SIGTERM for the long-running commands. A terminal's Ctrl-C reaches every process
 * of the foreground group (npm, tsx, node), and tsx relays it once more, so the first signal
 * starts a clean shutdown and the repeats are ignored; a third deliberate one forces the exit.
 */
export const INTERRUPTED: unique symbol = Symbol('interrupted');

export interface StopSignal {
  /** Resolves on the first SIGINT/SIGTERM. */
  signalled: Promise<void>;
  /** `work`, or INTERRUPTED if a signal comes first (the work is then abandoned). */
  race<T>(work: Promise<T>): Promise<T | typeof INTERRUPTED>;
  wasSignalled(): boolean;
}

export function onStopSignal(): StopSignal {
  let count = 0;
  let fired = false;
  let firedAt = 0;
  let resolve!: () => void;
  const signalled = new Promise<void>((r) => (resolve = r));
  const handler = () => {
    count += 1;
    if (!fired) {
      fired = true;
      firedAt = Date.now();
      return resolve();
    }
    // Relayed duplicates arrive within milliseconds; a later, repeated Ctrl-C means "now".
    if (count >= 3 && Date.now() - firedAt > 1000) process.exit(130);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signalled,
    race: <T>(work: Promise<T>) => Promise.race([work, signalled.then((): typeof INTERRUPTED => INTERRUPTED)]),
    wasSignalled: () => fired,
  };
}
