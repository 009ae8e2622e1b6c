/** Quick form of the backup scenario (harness/reliability/backup.ts): kg export → kg import → kg export, through the CLI. */
import { describe, it, afterAll } from 'vitest';
import { backup } from '../../harness/reliability/backup.js';
import type { ScenarioContext } from '../../harness/reliability/scenario.js';
import { expectAllPassed, quickScenarioContext } from '../support/scenario-context.js';

let ctx: ScenarioContext | undefined;
afterAll(async () => ctx?.db.close());

describe('backups (quick)', () => {
  it('restore gives a byte-identical export; a non-empty target or damaged file is refused', { timeout: 300_000 }, async () => {
    ctx = await quickScenarioContext();
    expectAllPassed(await backup(ctx));
  });
});
