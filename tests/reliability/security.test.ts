/** Quick form of the security review's checks (harness/reliability/security.ts; threat model: docs/security.md). */
import { describe, it, afterAll } from 'vitest';
import { security } from '../../harness/reliability/security.js';
import type { ScenarioContext } from '../../harness/reliability/scenario.js';
import { expectAllPassed, quickScenarioContext } from '../support/scenario-context.js';

let ctx: ScenarioContext | undefined;
afterAll(async () => ctx?.db.close());

describe('security review (quick)', () => {
  it('writes need the editor key, keys stay out of logs, the local Neo4j is loopback-only with auth', { timeout: 120_000 }, async () => {
    ctx = await quickScenarioContext();
    expectAllPassed(await security(ctx));
  });
});
