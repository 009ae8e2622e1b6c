/**
 * A bullet glyph before an unnumbered line is layout, not text: the PDF reader drops it, so a
 * Markdown or plain-text copy of the same record must too, or the same delegation member is
 * cited at different offsets depending on the file format.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe('unnumbered lines that start with a bullet glyph', () => {
  const text = [
    '# Report of the Working Group',
    '',
    '1. The review took place on 3 May.',
    '',
    '## Annex',
    '',
    '• Ms. Ana Pérez, Director, Water Inspection Office;',
    '',
    '▪ Mr. Tom Berg, Counsellor;',
    '',
    'A line – with a dash inside • and a bullet inside.',
  ].join('\n');

  it.each([
    ['markdown', 'doc.md'],
    ['plain text', 'doc.txt'],
  ])('%s: the block text starts at the words, and a glyph inside the line stays', (_label, file) => {
    const texts = parseText(text, file).unnumbered.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['Ms. Ana Pérez, Director, Water Inspection Office;', 'Mr. Tom Berg, Counsellor;']));
    expect(texts).toContain('A line – with a dash inside • and a bullet inside.');
    expect(texts.some((t) => /^[•▪]/.test(t))).toBe(false);
  });
});
