import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/ingest/parse/index.js';
import { REPO_ROOT, outputTokens, paragraph, tokens } from './helpers.js';

const SEED = 'seeds/ctoc-som-constructive-dialogue-2023.md';

describe('the seed (Co-Chairs summary of the constructive dialogue)', () => {
  const raw = readFileSync(REPO_ROOT + SEED);
  const doc = parseDocument(raw, SEED);

  it('has 43 numbered paragraphs, in order, in 6 Roman sections', () => {
    expect(doc.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 43 }, (_, i) => String(i + 1)));
    expect(doc.sections.map((s) => s.key)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(doc.sections.every((s) => s.level === 1 && s.parentKey === null)).toBe(true);
  });

  it('takes the long bold first heading as the title, and no symbol or date from the body', () => {
    expect(doc.title).toMatch(/^Constructive dialogue on the review process .* and the Protocols thereto$/);
    expect(doc.titleBlock).toContain('Summary by the Co-Chairs');
    expect(doc.symbol).toBeNull();
    expect(doc.date).toBeNull();
  });

  it('re-joins paragraphs 16 and 23 across their page breaks', () => {
    expect(paragraph(doc, '16').text).toContain('States need to increase the budget allocation to train law enforcement');
    expect(paragraph(doc, '23').text).toContain('understood more as a criminal justice tool');
    expect(doc.unnumbered).toEqual([]);
  });

  it('reads the footnote and its reference, and the lettered items of 9 and 27', () => {
    expect(doc.footnotes).toEqual([{ number: '1', text: 'Hereinafter: UNTOC review mechanism.' }]);
    expect(paragraph(doc, '1').footnoteRefs).toEqual(['1']);
    expect(paragraph(doc, '1').text).toContain('the Protocols thereto through Conference resolution 9/1, which');
    expect(paragraph(doc, '9').items.map((i) => i.label)).toEqual(['a', 'b']);
    expect(paragraph(doc, '27').items.map((i) => i.label)).toEqual(['a', 'b', 'c']);
    expect(paragraph(doc, '40').sectionKey).toBe('VI');
  });

  it('keeps every word of the source', () => {
    const source = raw
      .toString('utf8')
      .replace(/<\/?sup>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']');
    const out = new Set(outputTokens(doc));
    expect(tokens(source).filter((t) => !out.has(t))).toEqual([]);
  });
});
