/**
 * PDF tables and browser-printed note marks, on hand-made PDFs (pdf-builder.ts): a table's
 * rows come back cell by cell, as the Word reader reads them; paragraph numbers set apart by
 * a tab are not a table; marks drawn at 5/6 of the text size (an HTML <sup> printed by a
 * browser) are footnote references.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/ingest/parse/index.js';
import type { Placed } from './pdf-builder.js';
import { buildPdf } from './pdf-builder.js';

const para = (text: string, y: number, x = 72): Placed => ({ text, x, y, size: 10 });

describe('tables in a PDF', () => {
  it('reads a padded table row by row, each wrapped cell whole and in column order', async () => {
    const cell = (text: string, x: number, y: number): Placed => ({ text, x, y, size: 9 });
    const page: Placed[] = [
      para('1. The meeting followed the schedule below.', 780),
      cell('Hour', 76, 760),
      cell('Session', 140, 760),
      cell('Room', 420, 760),
      // row 1: the first and last cells wrap onto a second line
      cell('09.00-', 76, 744),
      cell('Welcome and adoption of the agenda', 140, 744),
      cell('Main', 420, 744),
      cell('09.30', 76, 732),
      cell('hall', 420, 732),
      // row 2 (rows are 16 pt apart, a cell's lines 12 pt)
      cell('09.30-', 76, 716),
      cell('Round table on witness protection and the', 140, 716),
      cell('Room B', 420, 716),
      cell('12.00', 76, 704),
      cell('safety of informants', 140, 704),
      para('2. The round table was well attended.', 680),
    ];
    const doc = await parseFile(buildPdf([page]), 'table.pdf');
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(doc.unnumbered.map((b) => b.text)).toEqual([
      'Hour | Session | Room',
      '09.00-09.30 | Welcome and adoption of the agenda | Main hall',
      '09.30-12.00 | Round table on witness protection and the safety of informants | Room B',
    ]);
  });

  it('starts a row at each first-column line where the rows are not padded', async () => {
    const cell = (text: string, x: number, y: number): Placed => ({ text, x, y, size: 9 });
    const page: Placed[] = [
      para('1. The speakers were the following.', 780),
      cell('Name', 76, 760),
      cell('Organization', 220, 760),
      cell('Ms. Amara Diallo', 76, 748),
      cell('Legal Aid Network', 220, 748),
      cell('Mr. Jörn Albrecht', 76, 736),
      cell('Centre for Civic Oversight', 220, 736),
      cell('(Warsaw)', 220, 724),
      para('2. Each of them spoke for ten minutes.', 700),
    ];
    const doc = await parseFile(buildPdf([page]), 'even.pdf');
    expect(doc.unnumbered.map((b) => b.text)).toEqual([
      'Name | Organization',
      'Ms. Amara Diallo | Legal Aid Network',
      'Mr. Jörn Albrecht | Centre for Civic Oversight (Warsaw)',
    ]);
  });

  it('does not take numbered paragraphs or recommendations set apart from their numbers for a table', async () => {
    const page: Placed[] = [
      { text: '7.', x: 72, y: 780, size: 10 },
      { text: 'The first numbered paragraph opens here and goes on', x: 110, y: 780, size: 10 },
      para('to a second line at the margin.', 768),
      { text: '8.', x: 72, y: 750, size: 10 },
      { text: 'The next paragraph is set the same way, after a tab.', x: 110, y: 750, size: 10 },
      { text: '8.1', x: 90, y: 732, size: 10 },
      { text: 'Ratify the optional protocol (Chile);', x: 130, y: 732, size: 10 },
      { text: '8.2', x: 90, y: 720, size: 10 },
      { text: 'Strengthen the ombudsman office (Ghana);', x: 130, y: 720, size: 10 },
    ];
    const doc = await parseFile(buildPdf([page]), 'tabs.pdf');
    expect(doc.unnumbered).toEqual([]);
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['7', '8', '8.1', '8.2']);
    expect(doc.paragraphs[0]?.text).toBe('The first numbered paragraph opens here and goes on to a second line at the margin.');
  });
});

describe('note marks between sentences', () => {
  it('does not take the space a note mark fills for a gap between cells', async () => {
    // two lines, each with a mark after its first sentence: without the marks, the gaps line up like a column
    const page: Placed[] = [
      para('5. Members said so.', 700),
      { text: '12', x: 163, y: 704, size: 6 },
      { text: 'It ended there.', x: 171, y: 700, size: 10 },
      para('This came later on.', 688),
      { text: '13', x: 158, y: 692, size: 6 },
      { text: 'They added more detail on the matter.', x: 171, y: 688, size: 10 },
    ];
    const doc = await parseFile(buildPdf([page]), 'marks.pdf');
    expect(doc.unnumbered).toEqual([]);
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['5']);
  });
});

describe('note marks printed by a browser', () => {
  it('folds marks set at 5/6 of the text size as references, in the text and at the foot', async () => {
    const page: Placed[] = [
      { text: 'I. Background', x: 72, y: 790, size: 12, bold: true },
      para('1. Replies were received from most members of the network', 760),
      para('and are summarized below.', 748),
      { text: '3', x: 195, y: 752, size: 8.3 },
      para('2. Two replies arrived too late to be included.', 730),
      { text: '3', x: 72, y: 94, size: 6.7 },
      { text: 'Replies are on file with the secretariat.', x: 78, y: 90, size: 8 },
    ];
    const doc = await parseFile(buildPdf([page]), 'sup.pdf');
    expect(doc.paragraphs[0]?.text).toBe('Replies were received from most members of the network and are summarized below.');
    expect(doc.paragraphs[0]?.footnoteRefs).toEqual(['3']);
    expect(doc.footnotes).toEqual([{ number: '3', text: 'Replies are on file with the secretariat.' }]);
  });
});
