import { describe, expect, it } from 'vitest';
import { paragraph, parseFixture, parseText } from './helpers.js';
import type { ParsedParagraph } from '../../../src/ingest/parse/parsed-document.js';

function expectOffsetsHold(p: ParsedParagraph): void {
  for (const item of p.items) expect(p.text.slice(item.start, item.end)).toBe(item.text);
}

describe('lettered sub-items', () => {
  it('finds inline (a) (b) (c) with offsets into the paragraph text', () => {
    const p = paragraph(parseFixture('co-chairs-summary.md'), '4');
    expect(p.items.map((i) => [i.label, i.text])).toEqual([
      ['a', 'early identification of victims at borders'],
      ['b', 'referral mechanisms for children'],
      ['c', 'access to remedies, including compensation.'],
    ]);
    expectOffsetsHold(p);
  });

  it('keeps (a) (b) (c) blocks under the preceding paragraph, as items and in its text', () => {
    const doc = parseFixture('working-group-report-excerpt.md');
    const p = paragraph(doc, '3');
    expect(p.text).toMatch(/issued for the review of Slovenia: \(a\) A national report .*\(c\) A summary prepared by OHCHR/);
    expect(p.items.map((i) => [i.label, i.text])).toEqual([
      ['a', 'A national report submitted in accordance with paragraph 15 (a) (A/HRC/WG.6/34/SVN/1)'],
      ['b', 'A compilation prepared by OHCHR in accordance with paragraph 15 (b) (A/HRC/WG.6/34/SVN/2)'],
      ['c', 'A summary prepared by OHCHR in accordance with paragraph 15 (c) (A/HRC/WG.6/34/SVN/3).'],
    ]);
    expectOffsetsHold(p);
    expect(doc.paragraphs.map((x) => x.number)).not.toContain('(a)');
  });

  it('does not read a citation "paragraph 3 (c)" as an item list', () => {
    const p = paragraph(parseText('1. In accordance with article 32, paragraph 3 (c), of the Convention.\n'), '1');
    expect(p.items).toEqual([]);
  });

  it('does not extend a punctuated list with a stray later "(c)"', () => {
    const p = paragraph(parseText('1. Two points: (a) one; and (b) two. See also article 5 (c) of the Protocol.\n'), '1');
    expect(p.items.map((i) => i.label)).toEqual(['a', 'b']);
    expectOffsetsHold(p);
  });

  it('reads items without list punctuation when that is all there is', () => {
    const p = paragraph(parseText('1. Participants discussed (a) the media and (b) children.\n'), '1');
    expect(p.items.map((i) => i.text)).toEqual(['the media', 'children.']);
    expectOffsetsHold(p);
  });
});
