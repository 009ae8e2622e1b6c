/** Quick form of the load scenario (harness/reliability/load.ts): 10 s at concurrency 50 on a small corpus. */
import { describe, it, afterAll } from 'vitest';
import { load } from '../../harness/reliability/load.js';
import type { ScenarioContext } from '../../harness/reliability/scenario.js';
import { expectAllPassed, quickScenarioContext } from '../support/scenario-context.js';

let ctx: ScenarioContext | undefined;
afterAll(async () => ctx?.db.close());

describe('load (quick)', () => {
  it(
    'mixed read operations at c50: no errors, memory back to baseline (the tail is asserted by the full run)',
    { timeout: 300_000 },
    async () => {
      ctx = await quickScenarioContext();
      const rows = await load(ctx);
      for (const r of rows) process.stderr.write(`${r.pass ? 'pass' : 'FAIL'}  ${r.scenario}: ${r.figure}\n`);
      expectAllPassed(rows);
    },
  );
});
