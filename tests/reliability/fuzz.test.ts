/** Quick form of the fuzzer (harness/reliability/fuzz.ts): 1,000 generated operations and the fixed hostile set. */
import { describe, it, afterAll } from 'vitest';
import { fuzz } from '../../harness/reliability/fuzz.js';
import type { ScenarioContext } from '../../harness/reliability/scenario.js';
import { expectAllPassed, quickScenarioContext } from '../support/scenario-context.js';

let ctx: ScenarioContext | undefined;
afterAll(async () => ctx?.db.close());

describe('fuzz (quick)', () => {
  it('generated and hostile requests: no 5xx, no leak, no write without a key, memory stable', { timeout: 300_000 }, async () => {
    ctx = await quickScenarioContext();
    const rows = await fuzz(ctx);
    for (const r of rows) process.stderr.write(`${r.pass ? 'pass' : 'FAIL'}  ${r.scenario}: ${r.figure}\n`);
    expectAllPassed(rows);
  });
});
