/**
 * The floors CI keeps: extraction, scored against gold annotations made by reading
 * (tests/eval/gold/), must not fall under tests/eval/floors.json in any category, micro-averaged
 * over the development documents. `npm run eval -- --why` shows what a failing category misses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_LABELS, type Category } from './score/categories.js';
import { evaluate } from './score/evaluate.js';
import { f1 } from './score/match.js';

const floors = JSON.parse(readFileSync(path.join(import.meta.dirname, 'floors.json'), 'utf8')) as Partial<Record<Category, number>>;

describe('extraction eval against gold annotations', async () => {
  const result = await evaluate();

  it('scores at least the seed, the three corpus documents and four written for the eval', () => {
    expect(result.documents.length).toBeGreaterThanOrEqual(8);
  });

  for (const c of CATEGORIES) {
    const floor = floors[c];
    if (floor == null) continue;
    it(`${CATEGORY_LABELS[c]}: F1 ≥ ${floor}`, () => {
      expect(f1(result.totals[c]) ?? 1).toBeGreaterThanOrEqual(floor);
    });
  }
});
