import { describe, expect, it } from 'vitest';
import { paragraph, parseFixture, parseText } from './helpers.js';

const keys = (text: string, file = 'doc.md') => parseText(text, file).sections.map((s) => [s.key, s.level, s.parentKey, s.title]);

describe('section numbering → nesting', () => {
  it('derives the hierarchy from Roman > letter > digit, not from the number of #', () => {
    const doc = parseFixture('stakeholders-summary-excerpt.md');
    expect(doc.sections.map((s) => [s.key, s.number, s.level, s.parentKey])).toEqual([
      ['I', 'I', 1, null],
      ['II', 'II', 1, null],
      ['II.A', 'A', 2, 'II'],
      ['II.B', 'B', 2, 'II'],
      ['II.C', 'C', 2, 'II'],
      ['II.C.1', '1', 3, 'II.C'],
      ['s6', null, 4, 'II.C.1'],
      ['II.C.2', '2', 3, 'II.C'],
      ['s8', null, 1, null],
    ]);
    expect(doc.sections.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('treats Roman headings at ## and ### alike (inconsistent levels in the source)', () => {
    expect(keys('## I. One\n\n1. a.\n\n### II. Two\n\n2. b.\n\n## III. Three\n\n3. c.\n')).toEqual([
      ['I', 1, null, 'One'],
      ['II', 1, null, 'Two'],
      ['III', 1, null, 'Three'],
    ]);
  });

  it('removes bold markup from heading titles', () => {
    expect(parseFixture('co-chairs-summary.md').sections.map((s) => s.title)).toEqual([
      'Introduction',
      'Opening',
      'Panel on the identification of victims',
      'Observations by the Co-Chairs',
    ]);
  });

  it('nests an unnumbered #### heading under the numbered #### before it, and puts paragraphs there', () => {
    const doc = parseText(
      '## II. Info\n\n### C. Rights\n\n#### 1. Cross-cutting\n\n#### Equality\n\n1. x.\n\n#### Health\n\n2. y.\n\n#### 2. Civil\n\n3. z.\n',
    );
    expect(doc.sections.map((s) => [s.key, s.parentKey])).toEqual([
      ['II', null],
      ['II.C', 'II'],
      ['II.C.1', 'II.C'],
      ['s3', 'II.C.1'],
      ['s4', 'II.C.1'],
      ['II.C.2', 'II.C'],
    ]);
    expect(doc.paragraphs.map((p) => p.sectionKey)).toEqual(['s3', 's4', 'II.C.2']);
  });

  it('makes an unnumbered heading at the level of the Roman parts a top-level part', () => {
    expect(keys('## I. One\n\n1. a.\n\n## Conclusions\n\n2. b.\n').map((k) => k.slice(0, 3))).toEqual([
      ['I', 1, null],
      ['s1', 1, null],
    ]);
  });

  it('reads C and V by the sequence: C after B is a letter, V after IV a numeral, I after H a letter', () => {
    const doc = parseText(
      '# I. A\n\n1. p.\n\n# A. x\n\n# B. x\n\n# C. x\n\n# D. x\n\n# E. x\n\n# F. x\n\n# G. x\n\n# H. x\n\n# I. x\n\n# II. B\n\n# III. C\n\n# IV. D\n\n# V. E\n',
    );
    expect(doc.sections.map((s) => s.key)).toEqual([
      'I',
      'I.A',
      'I.B',
      'I.C',
      'I.D',
      'I.E',
      'I.F',
      'I.G',
      'I.H',
      'I.I',
      'II',
      'III',
      'IV',
      'V',
    ]);
  });

  it('keeps an unnumbered heading right before paragraph 1 as a section, not title block', () => {
    const doc = parseFixture('working-group-report-excerpt.md');
    expect(doc.sections[0]).toMatchObject({ key: 's0', number: null, title: 'Introduction', level: 1 });
    expect(paragraph(doc, '1').sectionKey).toBe('s0');
    expect(doc.titleBlock).not.toContain('Introduction');
  });

  it('puts annex sub-headings under the annex and keeps annex bullets as unnumbered blocks', () => {
    const doc = parseFixture('working-group-report-excerpt.md');
    const annex = doc.sections.find((s) => s.title === 'Annex');
    const composition = doc.sections.find((s) => s.title === 'Composition of the delegation');
    expect(annex).toMatchObject({ level: 1, parentKey: null });
    expect(composition).toMatchObject({ level: 2, parentKey: annex?.key });
    expect(doc.unnumbered.map((u) => u.sectionKey)).toEqual([composition?.key, composition?.key, composition?.key]);
    // the bullet glyph is layout and is dropped, as the PDF reader drops it (bullet-blocks.test.ts)
    expect(doc.unnumbered[1]?.text).toBe(
      'Dr. Dominika Švarc Pipan, State Secretary at The Ministry Of Justice – Deputy Head of Delegation;',
    );
  });

  it('gives repeated section numbers distinct keys', () => {
    expect(keys('## I. One\n\n1. a.\n\n## I. Again\n\n2. b.\n').map((k) => k[0])).toEqual(['I', 'I_2']);
  });
});
