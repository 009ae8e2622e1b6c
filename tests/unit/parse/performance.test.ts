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
      const doc = parseText(text, file);
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

  it('survives regex-hostile input: long runs of markup, digits, brackets, spaces', () => {
    const hostile = ['*', '_', '[', '<', '(a', '1', ' ', '\\', '`', '.', '-'];
    for (const piece of hostile) {
      const text = `1. start ${piece.repeat(400_000)} end.\n\n---\n\n<sup>1</sup> note\n`;
      const doc = parseText(text);
      expect(doc.paragraphs[0]?.text.endsWith('end.'), JSON.stringify(piece)).toBe(true);
    }
  });
});
