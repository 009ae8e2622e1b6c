/**
 * From a page's text runs to its lines (pdf/lines.ts), on runs written by hand with the
 * positions and widths a real UN PDF gives: how footnote marks leave the words around them.
 */
import { describe, expect, it } from 'vitest';
import { pageLines } from '../../../src/ingest/parse/pdf/lines.js';
import type { TextRun } from '../../../src/ingest/parse/pdf/runs.js';

const run = (text: string, x: number, width: number, size = 10, y = 400): TextRun => ({
  text,
  x,
  y,
  width,
  size,
  bold: false,
  italic: false,
  barcode: false,
  artifact: false,
});

describe('a footnote mark between two words', () => {
  it('keeps the space the mark carries in its own run ("1 "), with no gap left after it', () => {
    // As A/HRC/WG.6/20/SVN/3 draws "submissions¹ to": the mark's run is "1 " and the next word
    // starts exactly where that run ends.
    const lines = pageLines({
      number: 1,
      width: 595,
      height: 842,
      runs: [run('It gathers eleven reports', 100, 120), run('1 ', 220, 7.08, 6, 404), run('from the field.', 227.08, 60)],
    });
    expect(lines.map((l) => [l.text, l.refs])).toEqual([['It gathers eleven reports from the field.', ['1']]]);
  });

  it('leaves no space before closing punctuation after a mark', () => {
    const lines = pageLines({
      number: 1,
      width: 595,
      height: 842,
      runs: [run('(in the cell', 100, 50), run('2 ', 150, 5, 6, 404), run(').', 155, 6)],
    });
    expect(lines[0]?.text).toBe('(in the cell).');
  });
});
