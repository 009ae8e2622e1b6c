import { describe, expect, it } from 'vitest';
import { paragraph, parseFixture, parseText } from './helpers.js';

describe('plain text input', () => {
  const doc = parseFixture('plain-summary.txt');

  it('is read as text, with Roman and letter headings recognised from the words', () => {
    expect(doc.format).toBe('text');
    expect(doc.sections.map((s) => [s.key, s.title])).toEqual([
      ['I', 'Introduction'],
      ['II', 'Discussion'],
      ['II.A', 'Panel one'],
      ['II.B', 'Panel two'],
    ]);
  });

  it('reads paragraphs on consecutive lines, wrapped lines, glued note digits and items', () => {
    expect(doc.paragraphs.map((p) => [p.number, p.sectionKey])).toEqual([
      ['1', 'I'],
      ['2', 'I'],
      ['3', 'II.A'],
      ['4', 'II.A'],
      ['5', 'II.B'],
    ]);
    expect(paragraph(doc, '1').text).toBe(
      'The constructive dialogue was held on 12 June 2024. It gathered fifty non-governmental organizations.',
    );
    expect(paragraph(doc, '3').text).toBe(
      'The first panellist described the routes used by smugglers and noted that the prices charged had doubled since 2020. She concluded that data were scarce.',
    );
    expect(paragraph(doc, '4').items.map((i) => i.text)).toEqual(['the role of the media', 'the protection of children.']);
  });

  it('keeps * and _ as characters (no Markdown parsing of plain text)', () => {
    const t = parseText('1. Rates_2020 rose by 5 * 2 points.\n', 'doc.txt');
    expect(t.format).toBe('text');
    expect(paragraph(t, '1').text).toBe('Rates_2020 rose by 5 * 2 points.');
  });

  it('recognises "1. Cross-cutting issues" as a digit heading when 1 is not the next paragraph', () => {
    const t = parseText('II. Info\n\n7. Seven.\n\n1. Cross-cutting issues\n\nEquality\n\n8. Eight.\n', 'doc.txt');
    expect(t.sections.map((s) => [s.key, s.parentKey])).toEqual([
      ['II', null],
      ['II.1', 'II'],
      ['s2', 'II.1'],
    ]);
    expect(paragraph(t, '8').sectionKey).toBe('s2');
  });

  it('reads a Notes section of endnotes in plain text', () => {
    const t = parseText('1. Claim.1\n\nNotes\n\n1 First note,\n   continued.\n2 Second note.\n', 'doc.txt');
    expect(t.footnotes).toEqual([
      { number: '1', text: 'First note, continued.' },
      { number: '2', text: 'Second note.' },
    ]);
    expect(paragraph(t, '1').footnoteRefs).toEqual(['1']);
  });

  it('treats a .txt file full of Markdown as Markdown', () => {
    expect(parseText('## **I. Intro**\n\n1. One.\n', 'doc.txt').format).toBe('markdown');
  });
});
