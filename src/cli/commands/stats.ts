/** `kg stats`: what the graph holds, by label and relationship type. */
import type { Command } from 'commander';
import { cliContext, withDatabase } from '../context.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count nodes by label and relationships by type')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const ctx = cliContext();
      const stats = await withDatabase(ctx, async (db) => ({
        nodes: await db.query<{ label: string; count: number }>(
          'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
        ),
        relationships: await db.query<{ type: string; count: number }>(
          'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
        ),
      }));
      if (opts.json) return void console.log(JSON.stringify(stats, null, 2));
      const total = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
      console.log(`nodes: ${total(stats.nodes)}`);
      for (const n of stats.nodes) console.log(`  ${n.label.padEnd(20)} ${n.count}`);
      console.log(`relationships: ${total(stats.relationships)}`);
      for (const r of stats.relationships) console.log(`  ${r.type.padEnd(20)} ${r.count}`);
    });
}
