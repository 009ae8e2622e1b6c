/**
 * `npm run eval [-- --why] [-- --only NAME] [-- --json]`: precision, recall and F1 of extraction
 * per document and category against the gold annotations in tests/eval/gold/, then the totals
 * (micro-averaged over documents) beside the floors CI keeps. `--why` lists, under each
 * document, the gold items missed and the predictions that match nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, CATEGORY_LABELS, type Category } from './score/categories.js';
import { evaluate } from './score/evaluate.js';
import { f1, precision, recall, type Tally } from './score/match.js';

const args = process.argv.slice(2);
const why = args.includes('--why');
const json = args.includes('--json');
const markdown = args.includes('--markdown');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const floors = JSON.parse(readFileSync(path.join(import.meta.dirname, 'floors.json'), 'utf8')) as Partial<Record<Category, number>>;
const fmt = (x: number | null) => (x == null ? '   – ' : x.toFixed(2).padStart(5));
const cell = (t: Tally | undefined) =>
  t ? `${fmt(precision(t))} ${fmt(recall(t))} ${fmt(f1(t))}  ${String(t.tp + t.fn).padStart(4)}` : '';

const result = await evaluate(undefined, only);
if (json) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else if (markdown) {
  // The README's table: totals, then F1 per document (– where the document has none of it).
  const docs = result.documents;
  console.log(`| category | P | R | F1 | floor | ${docs.map((d, i) => `d${i + 1}`).join(' | ')} |`);
  console.log(`|---|---|---|---|---|${docs.map(() => '---').join('|')}|`);
  const f = (x: number | null) => (x == null ? '–' : x.toFixed(2));
  for (const c of CATEGORIES) {
    const t = result.totals[c];
    const per = docs.map((d) => {
      const dt = d.tallies[c];
      return dt && dt.tp + dt.fp + dt.fn > 0 ? f(f1(dt)) : '–';
    });
    console.log(`| ${CATEGORY_LABELS[c]} | ${f(precision(t))} | ${f(recall(t))} | ${f(f1(t))} | ${floors[c] ?? '–'} | ${per.join(' | ')} |`);
  }
  console.log('');
  for (const [i, d] of docs.entries()) console.log(`d${i + 1}: \`${d.document}\``);
} else {
  const width = Math.max(...CATEGORIES.map((c) => CATEGORY_LABELS[c].length));
  const header = `${'category'.padEnd(width)}     P     R    F1  gold`;
  for (const d of result.documents) {
    console.log(`\n${d.name}  (${d.document})\n${header}`);
    for (const c of CATEGORIES) {
      const t = d.tallies[c];
      if (!t || t.tp + t.fp + t.fn === 0) continue;
      console.log(`${CATEGORY_LABELS[c].padEnd(width)} ${cell(t)}`);
      if (why) {
        for (const m of t.missed) console.log(`${''.padEnd(width)}   missed: ${m}`);
        for (const e of t.extra) console.log(`${''.padEnd(width)}   extra:  ${e}`);
      }
    }
  }
  console.log(`\nAll ${result.documents.length} documents (micro-averaged)\n${header}  floor`);
  for (const c of CATEGORIES) {
    const t = result.totals[c];
    const floor = floors[c];
    const flag = floor != null && (f1(t) ?? 1) < floor ? '  BELOW FLOOR' : '';
    console.log(`${CATEGORY_LABELS[c].padEnd(width)} ${cell(t)}  ${floor != null ? floor.toFixed(2) : '   –'}${flag}`);
  }
}
