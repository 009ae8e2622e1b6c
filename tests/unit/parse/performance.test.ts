/**
 * Not benchmarks: guards against super-linear behaviour. Each input is large enough that a
 * quadratic step or a backtracking regex would take minutes; linear code takes seconds even
 * on a loaded machine.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe('large inputs stay linear', () => {
  it('parses 100,000 numbered paragraphs (Markdown and plain text)', () => {
    const parts = ['# Title\n\n## I. Part\n\n'];
    for (let i = 1; i <= 100_000; i++) parts.push(`${i}. Paragraph ${i} says (a) this; and (b) that.\n\n`);
    const text = parts.join('');
    for (const file of ['many.md', 'many.txt']) {
      // Over the per-document limit that ingest applies (MAX_PARAGRAPHS): the parser itself copes.
      const doc = parseText(text, file, { maxParagraphs: Infinity });
      expect(doc.paragraphs).toHaveLength(100_000);
      expect(doc.paragraphs[99_999]?.number).toBe('100000');
      expect(doc.paragraphs[5]?.items).toHaveLength(2);
    }
  });

  it('parses a 10 MB paragraph', () => {
    const unit = 'the panellist from the Centre noted that States parties should act, ';
    const text = `1. ${unit.repeat(Math.ceil(10_000_000 / unit.length))}end.\n\n2. Next.\n`;
    for (const file of ['big.md', 'big.txt']) {
      const doc = parseText(text, file);
      expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
      expect(doc.paragraphs[0]?.text.length).toBeGreaterThan(9_900_000);
    }
  });

  // mdast-util-from-markdown's list handling is quadratic in nesting depth: 700 levels took 15 s.
  it('reads lists and quotes nested 3,000 deep, keeping every word', () => {
    const indented = Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i)}- item${i}`).join('\n');
    const inline = `${'- '.repeat(3_000)}deepest item`;
    const quotes = `${'> '.repeat(3_000)}deep quote`;
    for (const nested of [indented, inline, quotes]) {
      const t0 = performance.now();
      const doc = parseText(`1. Before.\n\n${nested}\n\n2. After.\n`);
      expect(performance.now() - t0).toBeLessThan(10_000);
      expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
      const words = doc.paragraphs.map((p) => p.text).join(' ') + doc.unnumbered.map((b) => b.text).join(' ');
      expect(words).toContain(nested === indented ? 'item2999' : nested === inline ? 'deepest item' : 'deep quote');
    }
  });

  it('survives regex-hostile input: long runs of markup, digits, brackets, spaces', () => {
    const hostile = ['*', '_', '[', '<', '(a', '1', ' ', '\\', '`', '.', '-'];
    for (const piece of hostile) {
      const text = `1. start ${piece.repeat(400_000)} end.\n\n---\n\n<sup>1</sup> note\n`;
      const doc = parseText(text);
      expect(doc.paragraphs[0]?.text.endsWith('end.'), JSON.stringify(piece)).toBe(true);
    }
  });
});
