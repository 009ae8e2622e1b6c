/**
 * The PDF reader's layout rules on small hand-made PDFs (pdf-builder.ts), untagged, so that
 * running headers, footnotes and headings are found from position, size and face alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/ingest/parse/index.js';
import type { Placed } from './pdf-builder.js';
import { buildPdf } from './pdf-builder.js';
import { pageLines } from '../../../src/ingest/parse/pdf/lines.js';
import type { TextRun } from '../../../src/ingest/parse/pdf/runs.js';

/** Body lines from the top of the text area down, 12 pt apart, a paragraph gap of 18 pt. */
function body(paragraphs: string[][], top = 760, x = 72): Placed[] {
  const out: Placed[] = [];
  let y = top;
  for (const lines of paragraphs) {
    for (const text of lines) {
      out.push({ text, x, y, size: 10 });
      y -= 12;
    }
    y -= 6;
  }
  return out;
}

const header = (page: number): Placed[] => [
  { text: 'A/TEST/2024/1', x: page % 2 ? 450 : 72, y: 800, size: 9, bold: true },
  { text: String(page), x: page % 2 ? 500 : 72, y: 30, size: 9, bold: true },
];

describe('running headers and footers in an untagged PDF', () => {
  it('removes the repeated symbol, page numbers and the job number; mends the paragraph cut by the page break', async () => {
    const pages: Placed[][] = [
      [
        { text: 'GE.24-01234(E)', x: 72, y: 58, size: 10 },
        { text: 'I. Introduction', x: 72, y: 790, size: 14, bold: true },
        ...body(
          [
            ['1. The first paragraph is short.'],
            ['2. The second paragraph runs on to the next page and its', 'text continues without a full stop at the foot of the'],
          ],
          760,
        ),
      ],
      [...header(2), ...body([['page, where it ends.'], ['3. The third paragraph is on page two.']])],
      [...header(3), ...body([['4. The fourth paragraph is on page three.']])],
    ];
    const doc = await parseFile(buildPdf(pages), 'layout.pdf');
    expect(doc.paragraphs.map((p) => [p.number, p.text, p.pages])).toEqual([
      ['1', 'The first paragraph is short.', [1]],
      [
        '2',
        'The second paragraph runs on to the next page and its text continues without a full stop at the foot of the page, where it ends.',
        [1, 2],
      ],
      ['3', 'The third paragraph is on page two.', [2]],
      ['4', 'The fourth paragraph is on page three.', [3]],
    ]);
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([['I', 'Introduction']]);
    expect(JSON.stringify(doc)).not.toMatch(/A\/TEST\/2024\/1|GE\.24/);
  });
});

describe('text at the page foot is not a footer', () => {
  it('keeps last lines that look alike on every page (digits apart) when they sit at line spacing from the text', async () => {
    const pages: Placed[][] = [1, 2, 3, 4].map((n) => [
      ...header(n),
      ...(n === 1 ? [{ text: 'I. Items', x: 72, y: 790, size: 14, bold: true }] : []),
      { text: `${2 * n - 1}. The Group noted item ${2 * n - 1}, which it had discussed`, x: 72, y: 112, size: 10 },
      { text: 'at length.', x: 72, y: 100, size: 10 },
      { text: `${2 * n}. The Group noted item ${2 * n}.`, x: 72, y: 82, size: 10 },
    ]);
    const doc = await parseFile(buildPdf(pages), 'foot.pdf');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(
      [1, 2, 3, 4].flatMap((n) => [
        `The Group noted item ${2 * n - 1}, which it had discussed at length.`,
        `The Group noted item ${2 * n}.`,
      ]),
    );
  });
});

describe('footnotes at the page foot', () => {
  it('takes raised marks out of the text as references and reads the small notes below, across a page', async () => {
    const pages: Placed[][] = [
      [
        { text: 'I. Scope', x: 72, y: 790, size: 14, bold: true },
        { text: '1. The Council adopted the report', x: 72, y: 760, size: 10 },
        // "report¹" then ", noting its submissions² in full."
        { text: '1', x: 221, y: 763.5, size: 6 },
        { text: ', noting its submissions', x: 225, y: 760, size: 10 },
        { text: '2', x: 330, y: 763.5, size: 6 },
        { text: ' in full.', x: 334, y: 760, size: 10 },
        { text: '1', x: 66, y: 103, size: 5 },
        { text: 'See the report of the Council, para. 4.', x: 72, y: 100, size: 8 },
        { text: '2', x: 66, y: 93, size: 5 },
        { text: 'The submissions are listed in the annex, which', x: 72, y: 90, size: 8 },
      ],
      [
        ...body([['2. A second paragraph.']]),
        { text: 'is circulated as received.', x: 72, y: 100, size: 8 },
        { text: '3', x: 66, y: 93, size: 5 },
        { text: 'A third note.', x: 72, y: 90, size: 8 },
      ],
    ];
    const doc = await parseFile(buildPdf(pages), 'notes.pdf');
    expect(doc.paragraphs[0]).toMatchObject({
      text: 'The Council adopted the report, noting its submissions in full.',
      footnoteRefs: ['1', '2'],
    });
    expect(doc.footnotes).toEqual([
      { number: '1', text: 'See the report of the Council, para. 4.' },
      { number: '2', text: 'The submissions are listed in the annex, which is circulated as received.' },
      { number: '3', text: 'A third note.' },
    ]);
    expect(doc.paragraphs[1]?.text).toBe('A second paragraph.');
  });
});

describe('a footnote mark drawn with the space after it', () => {
  const run = (text: string, x: number, y: number, width: number, size: number): TextRun => ({
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
  const page = (runs: TextRun[]) => pageLines({ number: 1, width: 595, height: 842, runs });

  it('keeps the space between the words the mark stood between', () => {
    // as a real report draws "rights.⁵ AI stated": the mark and its space are one small raised
    // run, and the next words start right where that run ends
    const lines = page([
      run('and to advance on the rights of minorities.', 113.28, 424.84, 287.64, 10),
      run('5 ', 400.92, 429.4, 7.44, 6.5),
      run('The Board then met.', 408.36, 424.84, 73.4, 10),
    ]);
    expect(lines.map((l) => [l.text, l.refs])).toEqual([['and to advance on the rights of minorities. The Board then met.', ['5']]]);
  });

  it('leaves no space before closing punctuation after such a mark', () => {
    const lines = page([run('(in the cell', 100, 400, 50, 10), run('2 ', 150, 404, 5, 6), run(').', 155, 400, 6, 10)]);
    expect(lines.map((l) => [l.text, l.refs])).toEqual([['(in the cell).', ['2']]]);
  });
});

describe('paragraphs set without space between them', () => {
  it('splits at the next paragraph number only, each paragraph with its own marks', async () => {
    const lines: Placed[] = [
      { text: '1. The first paragraph ends here.', x: 72, y: 760, size: 10 },
      { text: '1', x: 232, y: 763.5, size: 6 },
      { text: '2. The second paragraph cites paragraph', x: 72, y: 748, size: 10 },
      { text: '1. and goes on.', x: 72, y: 736, size: 10 },
      { text: '3. The third paragraph.', x: 72, y: 724, size: 10 },
      { text: '2', x: 180, y: 727.5, size: 6 },
      { text: '1', x: 66, y: 103, size: 5 },
      { text: 'First note.', x: 72, y: 100, size: 8 },
      { text: '2', x: 66, y: 93, size: 5 },
      { text: 'Second note.', x: 72, y: 90, size: 8 },
    ];
    const doc = await parseFile(buildPdf([[{ text: 'I. Scope', x: 72, y: 790, size: 14, bold: true }, ...lines]]), 'tight.pdf');
    expect(doc.paragraphs.map((p) => [p.number, p.text, p.footnoteRefs])).toEqual([
      ['1', 'The first paragraph ends here.', ['1']],
      ['2', 'The second paragraph cites paragraph 1. and goes on.', []],
      ['3', 'The third paragraph.', ['2']],
    ]);
  });
});

describe('headings and line-end hyphens', () => {
  it('reads headings from bold and size, and joins hyphenated words as the document spells them', async () => {
    const pages: Placed[][] = [
      [
        { text: 'II. Conclusions and/or recom-', x: 72, y: 790, size: 14, bold: true },
        { text: 'mendations', x: 72, y: 774, size: 14, bold: true },
        { text: 'A. Decision-making', x: 72, y: 745, size: 12, bold: true },
        ...body(
          [
            [
              '1. The recommendations below enjoy the support of the State and concern decision-',
              'making by the authorities at all levels of govern-',
              'ment.',
            ],
            ['2. One recommendation concerns government at the local level.'],
          ],
          720,
        ),
      ],
    ];
    const doc = await parseFile(buildPdf(pages), 'headings.pdf');
    expect(doc.sections.map((s) => [s.key, s.title])).toEqual([
      ['II', 'Conclusions and/or recommendations'],
      ['II.A', 'Decision-making'],
    ]);
    expect(doc.paragraphs[0]?.text).toBe(
      'The recommendations below enjoy the support of the State and concern decision-making by the authorities at all levels of government.',
    );
  });
});

describe('numbers that go backwards', () => {
  it('reads a numbered list after paragraph 2 as part of the text, not as paragraphs 1 and 2 again', async () => {
    const pages: Placed[][] = [
      [
        { text: 'I. Scope', x: 72, y: 790, size: 14, bold: true },
        ...body(
          [
            ['1. The first paragraph.'],
            ['2. The Council listed its priorities:'],
            ['1. Water;'],
            ['2. Housing.'],
            ['3. The third paragraph.'],
          ],
          760,
        ),
      ],
    ];
    const doc = await parseFile(buildPdf(pages), 'lists.pdf');
    expect(doc.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['1', 'The first paragraph.'],
      ['2', 'The Council listed its priorities: 1. Water; 2. Housing.'],
      ['3', 'The third paragraph.'],
    ]);
  });
});

describe('a list numbered 1, 2, … set in under a paragraph (older recommendation lists)', () => {
  /** Paragraphs at the text's edge (x 72) around a list set in by 28 pt, as a 2010 UPR report lays it out. */
  function report(items: string[][]): Placed[][] {
    return [
      [
        { text: 'II. Conclusions and/or recommendations', x: 72, y: 790, size: 14, bold: true },
        ...body(
          [
            ['1. The State under review made', 'closing remarks.'],
            ['2. The recommendations listed below', 'will be examined by the State:'],
          ],
          760,
        ),
        ...body(items, 694, 100),
        ...body(
          [['3. All conclusions reflect the position of', 'the submitting States.']],
          694 - 18 * items.length - 12 * items.flat().length + 6,
        ),
      ],
    ];
  }

  it('reads each item as a sub-numbered paragraph of the paragraph above it', async () => {
    const doc = await parseFile(
      buildPdf(
        report([['1. To ratify the Convention on Migrant Workers', '(Algeria, Egypt);'], ['2. To strengthen the Ombudsman (Egypt);']]),
      ),
      'upr-2010.pdf',
    );
    expect(doc.paragraphs.map((p) => [p.number, p.parentNumber, p.text])).toEqual([
      ['1', null, 'The State under review made closing remarks.'],
      ['2', null, 'The recommendations listed below will be examined by the State:'],
      ['2.1', '2', 'To ratify the Convention on Migrant Workers (Algeria, Egypt);'],
      ['2.2', '2', 'To strengthen the Ombudsman (Egypt);'],
      ['3', null, 'All conclusions reflect the position of the submitting States.'],
    ]);
  });

  it('keeps a set-in list that does not count from 1 as text of its paragraph', async () => {
    const doc = await parseFile(
      buildPdf(report([['4. To ratify the Convention (Algeria);'], ['5. To strengthen the Ombudsman (Egypt);']])),
      'list.pdf',
    );
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(doc.paragraphs[1]?.text).toBe(
      'The recommendations listed below will be examined by the State: 4. To ratify the Convention (Algeria); 5. To strengthen the Ombudsman (Egypt);',
    );
  });
});

describe('table of contents', () => {
  it('is left out: its entries repeat the headings, with page numbers in a column of their own', async () => {
    const pages: Placed[][] = [
      [
        { text: 'Contents', x: 72, y: 760, size: 14 },
        { text: 'I. Introduction ' + '.'.repeat(60), x: 72, y: 730, size: 10 },
        { text: '1-2', x: 420, y: 730, size: 10 },
        { text: '2', x: 500, y: 730, size: 10 },
      ],
      [{ text: 'I. Introduction', x: 72, y: 760, size: 14, bold: true }, ...body([['1. The only paragraph.'], ['2. And another.']], 730)],
    ];
    const doc = await parseFile(buildPdf(pages), 'contents.pdf');
    expect(doc.sections.map((s) => s.title)).toEqual(['Introduction']);
    expect(doc.titleBlock).toEqual(['Contents']);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The only paragraph.', 'And another.']);
  });
});

describe('files the PDF reader refuses, one line each', () => {
  const page: Placed[] = body([['1. A paragraph.']]);

  it('an encrypted PDF', async () => {
    await expect(parseFile(buildPdf([page], { encrypted: true }), 'locked.pdf')).rejects.toThrow(
      /^locked\.pdf: PDF is encrypted \(password-protected\); save an unprotected copy and ingest that$/,
    );
  });

  it('a truncated PDF', async () => {
    const whole = buildPdf([page, page]);
    await expect(parseFile(whole.subarray(0, Math.floor(whole.length * 0.6)), 'cut.pdf')).rejects.toThrow(/^cut\.pdf: truncated PDF/);
  });

  it('a damaged PDF', async () => {
    const bytes = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ngarbage\n%%EOF\n', 'latin1');
    await expect(parseFile(bytes, 'broken.pdf')).rejects.toThrow(/^broken\.pdf: (not a readable PDF|damaged PDF)/);
  });

  it('a PDF damaged inside (bytes overwritten): one error line, and nothing pdf.js leaves behind stops the process', async () => {
    // This damage makes pdf.js reject a promise of its own that nobody awaits; vitest fails
    // the run on such an unhandled rejection, so passing here means it was contained.
    const raw = Buffer.from(readFileSync(fileURLToPath(new URL('../../../seeds/A_HRC_43_15.pdf', import.meta.url))));
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let damaged = raw;
    for (let round = 0; round <= 18; round++) {
      damaged = Buffer.from(raw);
      const n = 1 + Math.floor(random() * 200);
      for (let k = 0; k < n; k++) damaged[Math.floor(random() * (damaged.length - 2000)) + 1000] = Math.floor(random() * 256);
    }
    await expect(parseFile(damaged, 'damaged.pdf')).rejects.toThrow(/^damaged\.pdf: damaged PDF: /);
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('a scan (pages without a text layer)', async () => {
    await expect(parseFile(buildPdf([[], []]), 'scan.pdf')).rejects.toThrow(
      /^scan\.pdf: PDF has no text layer .*run OCR first, e\.g\. ocrmypdf/,
    );
  });

  it('a PDF of 2,000 pages', async () => {
    const pages = Array.from({ length: 2000 }, () => [] as Placed[]);
    await expect(parseFile(buildPdf(pages), 'long.pdf')).rejects.toThrow(/^long\.pdf: PDF has 2000 pages, over the limit of 1000/);
  });

  it('a PDF over its own size limit, which is not the text limit', async () => {
    const pdf = buildPdf([page]);
    await expect(parseFile(pdf, 'big.pdf', { maxFileBytes: 100 })).rejects.toThrow(
      /^big\.pdf: file is \d+ bytes, over the limit of 100 bytes$/,
    );
    // The limit for text files does not apply to a PDF.
    expect((await parseFile(pdf, 'small.pdf', { maxBytes: 100 })).paragraphs).toHaveLength(1);
  });

  it('a legacy Word .doc', async () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512, 1)]);
    await expect(parseFile(doc, 'old.doc')).rejects.toThrow(/^old\.doc: legacy Word \.doc\b.*save it as \.docx or PDF$/);
  });

  it('a text that merely quotes the PDF header stays text', async () => {
    const md = Buffer.from('Files start with %PDF-1.7 as their magic.\n\n1. A paragraph.\n', 'utf8');
    const doc = await parseFile(md, 'note.md');
    expect(doc.format).toBe('markdown');
  });
});
