/**
 * Ending the process. `process.exit` right after a large `process.stdout.write` loses output:
 * when stdout is a pipe to another process (`kg export … | gzip`, a test harness), Node writes
 * to it asynchronously and exit drops whatever is still queued (a 700 kB GEXF came out as
 * 400 kB). So we wait until both streams have handed everything over, then exit; exiting at
 * all is still needed, since the Neo4j driver's timers would keep a finished command alive.
 */
export async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || stream.writableEnded) return resolve();
    // Write callbacks run in order: this one runs once everything queued before it is written.
    stream.write('', () => resolve());
  });
}

/**
 * A reader that goes away early (`kg export … | head`) is not an error of ours: stop quietly
 * instead of dying on an unhandled EPIPE with a stack trace.
 */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && stream === process.stdout) process.stderr.write(`kg: cannot write the output: ${err.message}\n`);
      process.exit(err.code === 'EPIPE' ? 0 : 2);
    });
  }
}
