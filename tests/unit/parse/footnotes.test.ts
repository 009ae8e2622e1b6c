import { describe, expect, it } from 'vitest';
import { paragraph, parseFixture, parseText } from './helpers.js';

describe('footnotes', () => {
  it('reads <sup>N</sup> footnotes placed between blocks after a rule, and their references', () => {
    const doc = parseFixture('co-chairs-summary.md');
    expect(doc.footnotes).toEqual([
      { number: '1', text: 'Hereinafter: the review mechanism.' },
      { number: '2', text: 'See the report of the Working Group (CTOC/COP/WG.4/2023/2).' },
    ]);
    expect(paragraph(doc, '1').footnoteRefs).toEqual(['1']);
  });

  it('reads endnotes from a fenced Notes block: any indentation, number alone on its line, continuation lines', () => {
    const doc = parseFixture('stakeholders-summary-excerpt.md');
    expect(doc.footnotes.map((f) => f.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(doc.footnotes[0]?.text).toBe(
      'The stakeholders listed below have contributed information for this summary; the full texts of all original submissions are available at: www.ohchr.org. AI Amnesty International, London, United Kingdom; JS3 Joint submission 3 submitted by: The Society for Awareness Raising and Protection;',
    );
    expect(doc.footnotes[2]?.text).toBe('For relevant recommendations see A/HRC/28/15, paras. 115.1, 115.17, and 115.18.');
    // "115.70, 115.74." continues note 8; it is not note 115.
    expect(doc.footnotes[7]?.text).toBe('For relevant recommandations see A/HRC/28/15, paras. 115.44 -115.47, 115.62– 115.70, 115.74.');
    expect(doc.footnotes[10]?.text).toBe('OSCE/ODIHR Elections Report of 2018, p. 2.');
  });

  it('strips glued footnote digits from the text and records them as references', () => {
    const doc = parseFixture('stakeholders-summary-excerpt.md');
    expect(paragraph(doc, '1').text).toContain('11 stakeholders’ submissions to the universal periodic review.');
    expect(paragraph(doc, '1').footnoteRefs).toEqual(['1']);
    expect(paragraph(doc, '2').text).toBe(
      'Joint Submission (JS) 1 reported that Slovenia ratified the Istanbul Convention, as recommended during the second universal periodic review (UPR).',
    );
    expect(paragraph(doc, '2').footnoteRefs).toEqual(['4', '5']);
    // "JS310" is JS3 + note 10; "2018.12" is a year ending a sentence + note 12.
    expect(paragraph(doc, '4').text).toBe(
      'CoE-ACFC reported that the implementation of the legal framework was not fully satisfactory. JS3 and OSCE/ODIHR made similar observations.',
    );
    expect(paragraph(doc, '4').footnoteRefs).toEqual(['9', '10', '11']);
    expect(paragraph(doc, '5').text).toMatch(/National Assembly in 2018\.$/);
    expect(paragraph(doc, '5').footnoteRefs).toEqual(['12']);
  });

  it('strips note digits glued to headings from section titles', () => {
    const doc = parseFixture('stakeholders-summary-excerpt.md');
    expect(doc.sections.find((s) => s.key === 'II.A')?.title).toBe(
      'Scope of international obligations and cooperation with international human rights mechanisms and bodies',
    );
    expect(doc.sections.find((s) => s.key === 's6')?.title).toBe('Equality and non-discrimination');
  });

  it('leaves digits alone when the document has no such footnote, or when they are out of sequence', () => {
    const none = parseText('1. The G20 met in 2019.5 per cent agreed.\n');
    expect(paragraph(none, '1').text).toBe('The G20 met in 2019.5 per cent agreed.');
    const out = parseText('1. Article 4 of the Convention.1 See JS2.\n\n---\n\n<sup>1</sup> One.\n\n<sup>2</sup> Two.\n', 'doc.md');
    expect(paragraph(out, '1').text).toBe('Article 4 of the Convention. See JS2.');
    expect(paragraph(out, '1').footnoteRefs).toEqual(['1']);
  });

  it('splits note digits off an acronym only when the document uses the acronym without them', () => {
    const notes = '\n\n---\n\n<sup>1</sup> a\n\n<sup>2</sup> b\n\n<sup>3</sup> c\n\n<sup>4</sup> d\n';
    const doc = parseText(`1. HRORS said so.1 HRORS2 and JS3 agreed. JS34 noted it. JS1 disagreed.${notes}`);
    expect(paragraph(doc, '1').text).toBe('HRORS said so. HRORS and JS3 agreed. JS3 noted it. JS1 disagreed.');
    expect(paragraph(doc, '1').footnoteRefs).toEqual(['1', '2', '4']);
  });

  it('does not take citation numbers ("para. 3", "p. 2", decimals) for footnote references', () => {
    const doc = parseText(
      '1. See para. 3 and p. 2 of it; rates rose 3.5 per cent.\n\n---\n\n<sup>1</sup> a\n\n<sup>2</sup> b\n\n<sup>3</sup> c\n\n<sup>5</sup> d\n',
      'doc.md',
    );
    expect(paragraph(doc, '1').text).toBe('See para. 3 and p. 2 of it; rates rose 3.5 per cent.');
    expect(paragraph(doc, '1').footnoteRefs).toEqual([]);
  });

  it('reads GFM footnotes ([^1] and [^1]: …)', () => {
    const doc = parseText('1. A claim.[^1] More text.\n\n[^1]: The source of the claim.\n');
    expect(paragraph(doc, '1').text).toBe('A claim. More text.');
    expect(paragraph(doc, '1').footnoteRefs).toEqual(['1']);
    expect(doc.footnotes).toEqual([{ number: '1', text: 'The source of the claim.' }]);
  });

  it('reads bare "1 text" footnote lines after a rule in plain text', () => {
    const doc = parseFixture('plain-summary.txt');
    expect(doc.footnotes).toEqual([
      { number: '1', text: 'See the annotated agenda.' },
      { number: '2', text: 'Data of the International Organization for Migration.' },
    ]);
    expect(paragraph(doc, '3').footnoteRefs).toEqual(['2']);
  });

  it('keeps a superscript that is not a footnote mark as text', () => {
    const doc = parseText('1. The 10<sup>th</sup> session.\n');
    expect(paragraph(doc, '1').text).toBe('The 10th session.');
    expect(paragraph(doc, '1').footnoteRefs).toEqual([]);
  });

  it('opens the endnotes at a bare "Endnotes" line that carries no heading markup', () => {
    const doc = parseText(
      [
        '# Summary',
        '',
        '1. Two submissions were received.1',
        '',
        '2. XYZ urged the Government to act.2',
        '',
        'Endnotes',
        '',
        '1 The contributors are listed below.',
        '',
        'Individual submissions:',
        '',
        'XYZ  Xolani Youth Zone, Durban (South Africa).',
        '',
        '2 XYZ, p. 3.',
        '',
      ].join('\n'),
    );
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(doc.footnotes).toEqual([
      { number: '1', text: 'The contributors are listed below. Individual submissions: XYZ Xolani Youth Zone, Durban (South Africa).' },
      { number: '2', text: 'XYZ, p. 3.' },
    ]);
    expect(doc.unnumbered.map((u) => u.text).join(' ')).not.toMatch(/Xolani/);
  });

  it('cuts the due note glued after a number and a full stop when a new sentence follows ("at 42.3 XYZ")', () => {
    const doc = parseText(
      [
        '1. XYZ put the rate at 17.5 per cent.1 The national figure stood at 42.2 XYZ recommended action.3',
        '',
        '2. The ratio was 1.7 Ministers disagreed, and the index read 3.4 in May.',
        '',
        '## Notes',
        '',
        '1 XYZ, p. 1.',
        '2 XYZ, p. 2.',
        '3 XYZ, p. 3.',
        '4 XYZ, p. 4.',
      ].join('\n'),
    );
    expect(paragraph(doc, '1').text).toBe('XYZ put the rate at 17.5 per cent. The national figure stood at 42. XYZ recommended action.');
    expect(paragraph(doc, '1').footnoteRefs).toEqual(['1', '2', '3']);
    // note 4 is due: "1.7" is not it, and "3.4" is followed by a lowercase word, so both stay decimals
    expect(paragraph(doc, '2').text).toBe('The ratio was 1.7 Ministers disagreed, and the index read 3.4 in May.');
  });
});
