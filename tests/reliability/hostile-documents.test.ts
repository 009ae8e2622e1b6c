/** Quick form of the hostile documents (harness/reliability/hostile-documents.ts): the slow cases shrunk. */
import { describe, it, afterAll } from 'vitest';
import { hostileDocuments } from '../../harness/reliability/hostile-documents.js';
import type { ScenarioContext } from '../../harness/reliability/scenario.js';
import { expectAllPassed, quickScenarioContext } from '../support/scenario-context.js';

let ctx: ScenarioContext | undefined;
afterAll(async () => ctx?.db.close());

describe('hostile documents (quick)', () => {
  it('each is ingested safely or refused with one line, nothing partial, bounded time and memory', { timeout: 300_000 }, async () => {
    ctx = await quickScenarioContext();
    const rows = await hostileDocuments(ctx);
    for (const r of rows) process.stderr.write(`${r.pass ? 'pass' : 'FAIL'}  ${r.scenario}: ${r.figure}\n`);
    expectAllPassed(rows);
  });
});
