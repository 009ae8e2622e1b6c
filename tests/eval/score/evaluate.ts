/**
 * Runs parse + extract (no database) on every document that has a gold file and scores it.
 * Used by `npm run eval` (tests/eval/run.ts) and by the floors test (tests/eval/eval.test.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import { parseFile } from '../../../src/ingest/parse/index.js';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { loadVocabularies, defaultVocabularyDir } from '../../../src/ingest/extract/load-vocabularies.js';
import { CATEGORIES, scoreCategory, type Category } from './categories.js';
import { readGold } from './gold.js';
import { addTally, emptyTally, type Tally } from './match.js';
import { stateIdentity } from './states.js';

export interface DocumentScore {
  name: string;
  document: string;
  tallies: Partial<Record<Category, Tally>>;
}

export interface EvalResult {
  documents: DocumentScore[];
  totals: Record<Category, Tally>;
}

export function defaultGoldDir(): string {
  return process.env.EVAL_GOLD_DIR ?? path.join(PROJECT_ROOT, 'tests', 'eval', 'gold');
}

export async function evaluate(goldDir = defaultGoldDir(), only?: string): Promise<EvalResult> {
  const vocab = await loadVocabularies(defaultVocabularyDir());
  // States are scored by identity through the gazetteer the product ships (score/states.ts).
  const state = stateIdentity(vocab.places);
  const files = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const documents: DocumentScore[] = [];
  for (const file of files) {
    const name = file.replace(/\.json$/, '');
    if (only && !name.includes(only)) continue;
    const gold = await readGold(path.join(goldDir, file));
    // Paths are from the root of the repository the gold files belong to (EVAL_GOLD_DIR may point at another checkout).
    const docPath = path.resolve(goldDir, '..', '..', '..', gold.document);
    // parseFile reads any supported file (PDF and Word too); text and Markdown go through parseDocument as before.
    const parsed = await parseFile(await readFile(docPath), docPath);
    const facts = extractFacts(parsed, vocab);
    const tallies: Partial<Record<Category, Tally>> = {};
    for (const c of CATEGORIES) {
      const t = scoreCategory(c, gold, facts, state);
      if (t) tallies[c] = t;
    }
    documents.push({ name, document: gold.document, tallies });
  }
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, emptyTally()])) as Record<Category, Tally>;
  for (const d of documents) for (const c of CATEGORIES) if (d.tallies[c]) addTally(totals[c], d.tallies[c]!);
  return { documents, totals };
}
