/** What bench/api.ts and bench/api-ab.ts both measure an API process with: GraphQL load and its CPU time. */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** Latencies of `amount` GraphQL POSTs at `connections` concurrency (autocannon); any HTTP error fails the measurement. */
export async function postGraphql(url: string, body: string, connections: number, amount: number): Promise<number[]> {
  const times: number[] = [];
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, amount, timeout: 30 },
      (err, result) => {
        if (err) return reject(err);
        if (result.errors || result.non2xx || result.timeouts) return reject(new Error(`HTTP errors: ${JSON.stringify(result)}`));
        resolve();
      },
    );
    instance.on('response', (_c, _s, _b, responseTime) => times.push(responseTime));
  });
  return times;
}

/** User + system CPU time of a process so far, in ms (Linux /proc: clock ticks of 10 ms, so only sums over many requests mean anything). */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN; // no /proc (not Linux): the column reads NaN
  }
}
