import { describe, expect, it } from 'vitest';
import { paragraph, parseFixture, parseText } from './helpers.js';

describe('numbered paragraphs', () => {
  it('reads the number as printed, even when a Markdown list would renumber it', () => {
    const doc = parseText('## I. A\n\n7. Seven.\n8. Eight.\n\n10. Ten.\n');
    expect(doc.paragraphs.map((p) => [p.number, p.order, p.text])).toEqual([
      ['7', 0, 'Seven.'],
      ['8', 1, 'Eight.'],
      ['10', 2, 'Ten.'],
    ]);
  });

  it('starts a new paragraph on each "N. " line even without blank lines between them', () => {
    const doc = parseFixture('co-chairs-summary.md');
    expect(doc.paragraphs.slice(-3).map((p) => p.text)).toEqual([
      'The Co-Chairs identified the following observations:',
      'States parties should adopt a victim-centred approach.',
      'States parties should ensure non-punishment of victims.',
    ]);
  });

  it('in plain text, splits wrapped lines only at the next number ("32." inside a paragraph stays)', () => {
    const doc = parseText('1. First line of one, citing article\n32. of the Convention.\n2. Second.\n', 'doc.txt');
    expect(doc.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['1', 'First line of one, citing article 32. of the Convention.'],
      ['2', 'Second.'],
    ]);
  });

  it('re-joins a paragraph broken by a page break with one space, also across page footnotes', () => {
    const doc = parseFixture('co-chairs-summary.md');
    expect(paragraph(doc, '5').text).toBe(
      'The first panellist, from the Freedom Network, noted that States needed to strengthen the cooperation between labour inspectors and the police. She added that training was essential.',
    );
    expect(paragraph(doc, '6').text).toBe(
      'The second panellist said that survivors should be heard in the design of services, and that funding should be predictable.',
    );
    expect(doc.footnotes.map((f) => f.number)).toEqual(['1', '2']);
    expect(doc.unnumbered).toEqual([]);
  });

  it('removes markup but keeps the words (bold, emphasis, links, <sup>)', () => {
    const doc = parseFixture('co-chairs-summary.md');
    expect(paragraph(doc, '1').text).toBe(
      'At its tenth session the Conference established the review mechanism through resolution 10/1, which set out its procedures.',
    );
    expect(paragraph(doc, '2').text).toContain('chaired by Ms. Ana Ruiz and Mr. Tomas Berg.');
  });

  it('normalises whitespace', () => {
    const doc = parseText('1.   Lots   of\tspace\u00a0here\n   and a wrapped line.  \n');
    expect(paragraph(doc, '1').text).toBe('Lots of space here and a wrapped line.');
  });

  it('drops a decorative end mark (\\*\\*\\*) and nothing else', () => {
    const doc = parseFixture('co-chairs-summary.md');
    expect(doc.unnumbered).toEqual([]);
    expect(doc.paragraphs.at(-1)?.text).toBe('States parties should ensure non-punishment of victims.');
  });

  it('reads sub-numbered recommendations as their own paragraphs with a parent', () => {
    const doc = parseFixture('working-group-report-excerpt.md');
    expect(doc.paragraphs.map((p) => [p.number, p.parentNumber])).toEqual([
      ['1', null],
      ['2', null],
      ['3', null],
      ['4', null],
      ['5', null],
      ['5.1', '5'],
      ['5.2', '5'],
      ['5.3', '5'],
      ['6', null],
      ['6.1', '6'],
      ['6.2', '6'],
      ['7', null],
    ]);
    expect(paragraph(doc, '6.1').text).toBe(
      'Complete the process of ratification of the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Senegal);',
    );
    expect(paragraph(doc, '5').text).toMatch(/enjoy the support of Slovenia:$/);
    expect(doc.paragraphs.map((p) => p.order)).toEqual(doc.paragraphs.map((_, i) => i));
  });

  it('does not take a decimal at the start of a continuation for a sub-paragraph', () => {
    const doc = parseText('1. The number of arrivals rose by\n\n1.5 million people fled.\n\n2. Next.\n');
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(doc.unnumbered.map((u) => u.text)).toEqual(['1.5 million people fled.']);
  });

  it('does not let glued footnote digits or a number after a full stop break the numbering', () => {
    const doc = parseFixture('stakeholders-summary-excerpt.md');
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(paragraph(doc, '3').text).toBe(
      'Amnesty International (AI) reported that Parliament amended the Human Rights Ombudsman Act in 2017, setting out a legal basis for “A status” under the Paris Principles. HRORS reported that it had already taken steps to apply for the accreditation of A status.',
    );
  });

  it('treats a year at the start of a block as text, not as paragraph 2019', () => {
    const doc = parseText('1. One.\n\n2019. That year was hard.\n\n2. Two.\n');
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('attaches a bullet list that a paragraph introduces with a colon', () => {
    const doc = parseText('1. The members were:\n\n- Ms. A;\n- Mr. B.\n\n2. Next.\n');
    expect(paragraph(doc, '1').text).toBe('The members were: Ms. A; Mr. B.');
    expect(doc.unnumbered).toEqual([]);
  });

  it('keeps the second paragraph of a list item with its item', () => {
    const doc = parseText('1. First part.\n\n   Second part, indented under the item.\n\n2. Next.\n');
    expect(paragraph(doc, '1').text).toBe('First part. Second part, indented under the item.');
  });

  it('keeps restarted numbering inside an annex as unnumbered text instead of failing', () => {
    const doc = parseText('1. Body one.\n\n2. Body two.\n\n## Annex\n\n1. Annex one.\n\n2. Annex two.\n');
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(doc.unnumbered.map((u) => u.text)).toEqual(['1. Annex one.', '2. Annex two.']);
  });

  it('keeps an unnumbered block between paragraphs, in its section', () => {
    const doc = parseText('## I. A\n\n1. One.\n\nA free-standing sentence.\n\n2. Two.\n');
    expect(doc.unnumbered).toEqual([{ order: 0, sectionKey: 'I', text: 'A free-standing sentence.' }]);
  });

  it('keeps a list a paragraph announces, numbered from 1 again, inside that paragraph', () => {
    const md = '11. One.\n\n12. The committee approved this programme:\n\n1. Opening:\n   (a) Welcome;\n   (b) Rules.\n2. Reports.\n3. Closing.\n\n13. Thirteen.\n';
    for (const file of ['doc.md', 'doc.txt']) {
      const doc = parseText(md, file);
      expect(doc.paragraphs.map((p) => p.number)).toEqual(['11', '12', '13']);
      expect(paragraph(doc, '12').text).toMatch(/programme: 1\. Opening: \(a\) Welcome; \(b\) Rules\. 2\. Reports\. 3\. Closing\.$/);
    }
  });

  it('still refuses a number used twice when no list was announced', () => {
    expect(() => parseText('1. One.\n\n2. Two.\n\n1. One again.\n')).toThrow(/duplicate paragraph number 1/);
    expect(() => parseText('1. One:\n\n2. Two.\n\n1. One again.\n')).toThrow(/duplicate paragraph number 1/);
  });
});
