/**
 * `npm run bench:reliability [-- --quick] [--only name,name]`: every reliability scenario of
 * the "trustworthy at scale" issue, one table at the end (scenario, figure, pass/fail), the
 * rows also saved as JSON under artifacts/reliability/. Exit 1 if any claim failed.
 *
 * Full versions by default (10,000 documents, 60 s of load, 10,000 fuzz cases, several
 * kills: well over an hour on a small machine); --quick runs what CI runs as tests.
 * Runs against the bench database (bench/bench-db.ts: NEO4J_URI, or `.kg-bench` on 7689),
 * which the scenarios empty: never point it at data you want to keep.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config/settings.js';
import { benchSettings, openBenchTarget } from './bench-db.js';
import { outcome, type Scenario, type ScenarioContext, type ScenarioResult } from '../harness/reliability/scenario.js';
import { SCENARIOS } from '../harness/reliability/scenarios.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, help: { type: 'boolean', default: false } },
  strict: true,
});
if (values.help) {
  console.log(`usage: npm run bench:reliability -- [--quick] [--only ${Object.keys(SCENARIOS).join(',')}]`);
  process.exit(0);
}
const names = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(SCENARIOS);
const unknown = names.filter((n) => !(n in SCENARIOS));
if (unknown.length) {
  console.error(`bench:reliability: unknown scenario ${unknown.join(', ')} (one of ${Object.keys(SCENARIOS).join(', ')})`);
  process.exit(1);
}

const { db, settings } = await openBenchTarget();
const local = benchSettings();
const ctx: ScenarioContext = {
  quick: values.quick,
  db,
  settings,
  ...(local.neo4j.external ? {} : { localServer: { dataDir: local.dataDir, boltPort: local.boltPort } }),
  log: (m) => process.stderr.write(`[reliability] ${m}\n`),
};

const rows: (ScenarioResult & { seconds: number })[] = [];
try {
  for (const name of names) {
    const scenario: Scenario = SCENARIOS[name]!;
    ctx.log(`── ${name} (${values.quick ? 'quick' : 'full'}) ──`);
    const t0 = Date.now();
    let result: ScenarioResult[];
    try {
      result = await scenario(ctx);
    } catch (err) {
      // A scenario that could not run is a failed row, and the others still run.
      result = [{ scenario: `${name}: could not run`, figure: (err as Error).message.split('\n')[0]!, pass: false }];
    }
    const seconds = Math.round((Date.now() - t0) / 1000);
    for (const r of result) rows.push({ ...r, seconds });
    for (const r of result) ctx.log(`${outcome(r)}  ${r.scenario}: ${r.figure}`);
  }
} finally {
  await db.close();
}

console.log(`\nreliability (${values.quick ? 'quick' : 'full'}), ${new Date().toISOString()}`);
console.table(rows.map((r) => ({ scenario: r.scenario, figure: r.figure, result: outcome(r) })));
const failed = rows.filter((r) => outcome(r) === 'FAIL').length;
const skipped = rows.filter((r) => outcome(r) === 'skipped').length;
console.log(`${rows.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);

const out = path.join(PROJECT_ROOT, 'artifacts', 'reliability');
await mkdir(out, { recursive: true });
const file = path.join(out, `${values.quick ? 'quick' : 'full'}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, `${JSON.stringify(rows, null, 2)}\n`);
console.log(`rows saved to ${path.relative(PROJECT_ROOT, file)}`);
process.exit(failed ? 1 : 0);
