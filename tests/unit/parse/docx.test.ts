import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/ingest/parse/assemble.js';
import type { Block, FootnoteBlock, HeadingBlock, TextBlock } from '../../../src/ingest/parse/block.js';
import { docxBlocks } from '../../../src/ingest/parse/docx/index.js';
import { parseFile } from '../../../src/ingest/parse/index.js';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { defaultVocabularyDir, loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';
import { ParseError } from '../../../src/ingest/parse/parse-error.js';
import { buildDocx, lvl, p } from './docx-builder.js';
import { numberingFixture } from './docx-numbering-fixture.js';

const DOCX_DIR = fileURLToPath(new URL('../../fixtures/docx/', import.meta.url));
const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const THEMATIC = 'UPR34_Slovenia_thematic_list_of_recommendations.docx';

const texts = (blocks: Block[]): TextBlock[] => blocks.filter((b): b is TextBlock => b.kind === 'text');
const headings = (blocks: Block[]): HeadingBlock[] => blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
const notes = (blocks: Block[]): FootnoteBlock[] => blocks.filter((b): b is FootnoteBlock => b.kind === 'footnote');

async function failure(raw: Uint8Array, file = 'bad.docx'): Promise<ParseError> {
  try {
    await docxBlocks(raw, file);
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    const e = err as ParseError;
    expect(e.message.startsWith(`${file}: `)).toBe(true);
    expect(e.message).not.toMatch(/\n/);
    return e;
  }
  throw new Error('expected a ParseError');
}

describe('Word: the UPR thematic list of recommendations (a real UN .docx)', async () => {
  const blocks = await docxBlocks(readFileSync(DOCX_DIR + THEMATIC), THEMATIC);
  const rows = texts(blocks);
  const firstCell = (b: TextBlock): string => (b.text.split(' | ')[0] as string).split('\n')[0] as string;

  it('reads every recommendation with its number, and every theme, in document order', () => {
    // Expected: LibreOffice's rendering of the same file (see tests/fixtures/docx/README.md).
    const expected = readFileSync(`${DOCX_DIR}UPR34_Slovenia_thematic_list_of_recommendations.numbers.txt`, 'utf8').trim().split('\n');
    const read = rows.flatMap((b) => {
      const cell = firstCell(b);
      const n = /^(\d+\.\d+) /.exec(cell);
      if (n) return [n[1] as string];
      return cell.startsWith('Theme:') ? [cell] : [];
    });
    expect(read).toEqual(expected);
    expect(read.slice(0, 8)).toEqual([
      'Theme: Acceptance of international norms',
      '121.1',
      '121.2',
      '121.3',
      '122.1',
      '122.11',
      'Theme: Cooperation & Follow up with Treaty Bodies',
      '122.12',
    ]);
  });

  it('ingests as a document: each row a numbered paragraph in document order, each a recommendation with its States', async () => {
    const parsed = await parseFile(readFileSync(DOCX_DIR + THEMATIC), THEMATIC);
    const expected = readFileSync(`${DOCX_DIR}UPR34_Slovenia_thematic_list_of_recommendations.numbers.txt`, 'utf8')
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('Theme:'));
    expect(parsed.paragraphs.map((p) => p.number)).toEqual(expected);
    // The paragraph is the recommendation alone; position and themes stay beside it as text.
    expect(parsed.paragraphs[0]!.text).toMatch(
      /^Ratify the International Convention for the Protection of All Persons .*\(France\) \(Lithuania\);$/,
    );
    expect(parsed.unnumbered.some((b) => /Supported/.test(b.text))).toBe(true);
    const facts = extractFacts(parsed, await loadVocabularies(defaultVocabularyDir()));
    expect(facts.observations).toHaveLength(expected.length);
    expect(facts.observations.every((o) => o.recommendedBy.length > 0)).toBe(true);
    expect(facts.observations.find((o) => o.number === '121.1')!.recommendedBy).toEqual(['France', 'Lithuania']);
  });

  it('holds each recommendation of the Working Group report (A/HRC/43/15) exactly once', () => {
    // The report's own numbering, read from its Markdown twin: "121.1 …" to "122.148 …".
    const report = readFileSync(`${CORPUS_DIR}02_upr-working-group-report-slovenia-2019.md`, 'utf8');
    const inReport = [...report.matchAll(/^(12[12]\.\d+) /gm)].map((m) => m[1] as string);
    const inList = rows.map((b) => /^(\d+\.\d+) /.exec(firstCell(b))?.[1]).filter((n): n is string => n !== undefined);
    expect(inList).toHaveLength(215);
    expect(new Set(inList).size).toBe(inList.length);
    expect([...inList].sort()).toEqual([...inReport].sort());
  });

  it('keeps the table as rows: cells joined by " | ", verbatim, lines of a cell kept', async () => {
    expect(rows.every((b) => b.verbatim)).toBe(true);
    // The body opens with the table: the title is the running header's words, page number left out
    // (its header reads "UPR of Slovenia (3rd Cycle - 34th Session) <tab> Thematic list of recommendations <tab> Page N of 66").
    expect(headings(blocks).map((h) => h.text)).toEqual(['UPR of Slovenia (3rd Cycle - 34th Session): Thematic list of recommendations']);
    expect(notes(blocks)).toEqual([]);
    expect(rows[0]?.text).toBe('Recommendation | Position | Full list of themes | Assessment/comments on level of implementation');
    // A theme row spans the table: one cell.
    expect(rows[1]?.text).toBe('Theme: Acceptance of international norms');
    expect(rows[2]?.text).toBe(
      '121.1 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Lithuania);\n' +
        'Source of Position: A/HRC/43/15 - Para 121 | Supported | - Acceptance of international norms\n' +
        '- Enforced disappearances\nSDGs:\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\nAffected persons:\n- Disappeared persons | ',
    );
    const parsed = await parseFile(readFileSync(DOCX_DIR + THEMATIC), THEMATIC);
    expect(parsed.title).toBe('UPR of Slovenia (3rd Cycle - 34th Session): Thematic list of recommendations');
    // The table's header row is content, never the title: the first unnumbered block.
    expect(parsed.titleBlock).toEqual([parsed.title]);
    expect(parsed.unnumbered[0]?.text).toBe(rows[0]?.text);
    // Header + 53 themes + 215 recommendations; every recommendation has a position.
    expect(rows).toHaveLength(269);
    const positions = rows.filter((b) => /^\d+\.\d+ /.test(b.text)).map((b) => b.text.split(' | ')[1]);
    expect(positions.filter((x) => x === 'Supported')).toHaveLength(182);
    expect(positions.filter((x) => x === 'Noted')).toHaveLength(33);
  });
});

describe('Word: automatic numbering rebuilt from numbering.xml', async () => {
  const blocks = await docxBlocks(numberingFixture(), 'numbering.docx');

  it('prints each paragraph with the number Word shows (as LibreOffice prints the same file)', () => {
    expect(blocks.map((b) => (b.kind === 'footnote' ? `[${b.number}] ${b.text}` : b.kind === 'break' ? '---' : b.text))).toEqual([
      'Report of the Working Group',
      'I. Introduction',
      '1. The Working Group held its thirty-fourth session from 4 to 15 November 2019.',
      '2. The following delegations took part:',
      '(a) States members of the Council;',
      '(b) Observer States.',
      'II. Conclusions and recommendations',
      '3. The recommendations below enjoy the support of the State:',
      '3.1 Ratify the Convention (France);',
      '3.2 Adopt a national action plan, including:',
      '(a) a budget;',
      '3.3 Strengthen the national institution (Ireland);',
      '(a) with adequate funding.',
      '4. The recommendations below are noted:',
      '4.1 Abolish the death penalty (Spain);',
      '5. A second list on the same definition continues the count.',
      'A bulleted point.',
      'Not numbered although its style is.',
      'Recommendation | Position',
      'Ratify the Convention\nSource: A/HRC/43/15 | Supported',
      'Annex',
      '1. An annex restarts its numbering.',
      '2. Numbered by its style alone.',
      'v) Fifth item.',
      'vi) Sixth item.',
      '[1] See resolution 5/1.',
    ]);
  });

  it('makes headings of heading and title styles, a bullet list of bullets, a reference of the footnote mark', () => {
    expect(headings(blocks).map((h) => [h.text, h.depth])).toEqual([
      ['Report of the Working Group', 1],
      ['I. Introduction', 1],
      ['II. Conclusions and recommendations', 1],
      ['Annex', 1],
    ]);
    const t = texts(blocks);
    expect(t.find((b) => b.text === 'A bulleted point.')?.list).toBe('bullet');
    expect(t.find((b) => b.text.startsWith('3.1 '))?.list).toBe('ordered');
    expect(t.find((b) => b.text.startsWith('1. The Working Group'))?.refs).toEqual(['1']);
  });

  it('gives the assembler the paragraphs of a UN report: 1, 2, 3, 3.1–3.3, 4, 4.1, 5', () => {
    const flow = assemble(blocks, 'numbering.docx').flow;
    const numbers = flow.flatMap((e) => (e.kind === 'paragraph' ? [e.draft.number] : []));
    expect(numbers).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '4', '4.1', '5']);
  });
});

describe('Word: legal numbering and restart rules (ECMA-376 §17.9.4 isLgl, §17.9.11 lvlRestart)', () => {
  // LibreOffice 7.4 ignores both elements, so these expectations come from the standard:
  // isLgl prints every level of the number in decimal; lvlRestart 0 never restarts a level,
  // lvlRestart N restarts it only after a use of level N (one-based) or above.
  it('prints chapter numbers in decimal inside legal numbers, and restarts items and paragraphs as told', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0">' +
      lvl(0, 'upperRoman', '%1.') +
      lvl(1, 'decimal', '%1.%2', { extra: '<w:isLgl/>' }) +
      lvl(2, 'lowerLetter', '%3)', { extra: '<w:lvlRestart w:val="0"/>' }) +
      lvl(3, 'decimal', '%1.%2.%4', { extra: '<w:lvlRestart w:val="1"/><w:isLgl/>' }) +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const outline: [string, number][] = [
      ['Chapter', 0],
      ['Section', 1],
      ['Item', 2],
      ['Paragraph', 3],
      ['Section', 1],
      ['Item', 2],
      ['Paragraph', 3],
      ['Chapter', 0],
      ['Section', 1],
      ['Item', 2],
      ['Paragraph', 3],
    ];
    const body = outline.map(([text, ilvl]) => p(text, { num: [1, ilvl] })).join('');
    const blocks = await docxBlocks(buildDocx({ body, numbering }), 'legal.docx');
    expect(texts(blocks).map((b) => b.text)).toEqual([
      'I. Chapter',
      '1.1 Section',
      'a) Item',
      '1.1.1 Paragraph',
      '1.2 Section',
      'b) Item',
      '1.2.2 Paragraph',
      'II. Chapter',
      '2.1 Section',
      'c) Item',
      '2.1.1 Paragraph',
    ]);
  });
});

describe('Word: a .docx written by another program (LibreOffice)', () => {
  it('prints the numbers LibreOffice prints for the same file: 121., nested 1., a., I., bullets', async () => {
    const blocks = await docxBlocks(readFileSync(`${DOCX_DIR}libreoffice-lists.docx`), 'libreoffice-lists.docx');
    expect(blocks.map((b) => (b.kind === 'heading' ? `#${b.depth} ${b.text}` : b.kind === 'text' ? b.text.trim() : b.kind))).toEqual([
      '#1 Report of the Working Group on the Universal Periodic Review',
      '#2 Introduction',
      '1. The Working Group held its thirty-fourth session from 4 to 15 November 2019.',
      '2. The following delegations took part:',
      'a. States members of the Council;',
      'b. Observer States.',
      '#2 Conclusions and recommendations',
      '121. The recommendations below enjoy the support of Slovenia:',
      '1. Ratify the Convention (France);',
      '2. Adopt a plan (Spain);',
      '122. The recommendations below are noted:',
      '1. Abolish the practice (Chile);',
      'A bullet.',
      'Another bullet.',
      'I. First chapter',
      'II. Second chapter',
      'III. Third chapter',
      'Recommendation | Position',
      '121.1 Ratify | Supported',
    ]);
    expect(texts(blocks).filter((b) => b.list === 'bullet')).toHaveLength(2);
  });
});

describe('Word: what Word prints, and only that', () => {
  it('reads inserted text, field results and custom footnote marks; not deletions, field codes or hidden text', async () => {
    const runs =
      '<w:r><w:t xml:space="preserve">Kept </w:t></w:r>' +
      '<w:del w:id="1" w:author="a"><w:r><w:delText>deleted </w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>' +
      '<w:r><w:t xml:space="preserve"> text</w:t></w:r>' +
      '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/></w:r><w:r><w:t>*</w:t></w:r>' +
      '<w:r><w:tab/><w:t>end</w:t></w:r>';
    const raw = buildDocx({
      body: p('', { runs }),
      footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>A starred note.</w:t></w:r></w:p></w:footnote>',
    });
    const blocks = await docxBlocks(raw, 'fields.docx');
    expect(blocks).toEqual([
      { kind: 'text', text: 'Kept inserted 7 text end', refs: ['*'], list: null, listChild: false, verbatim: false, plain: false },
      { kind: 'footnote', number: '*', text: 'A starred note.' },
    ]);
  });

  it('numbers footnotes by the order of their references, not by their ids', async () => {
    const ref = (id: number): string => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
    const raw = buildDocx({
      body: p('', { runs: `<w:r><w:t>First</w:t></w:r>${ref(7)}<w:r><w:t xml:space="preserve"> then second</w:t></w:r>${ref(3)}` }),
      footnotes:
        '<w:footnote w:id="3"><w:p><w:r><w:t>Note three.</w:t></w:r></w:p></w:footnote>' +
        '<w:footnote w:id="7"><w:p><w:r><w:t>Note seven.</w:t></w:r></w:p></w:footnote>',
    });
    const blocks = await docxBlocks(raw, 'notes.docx');
    expect(texts(blocks)[0]?.refs).toEqual(['1', '2']);
    expect(notes(blocks)).toEqual([
      { kind: 'footnote', number: '1', text: 'Note seven.' },
      { kind: 'footnote', number: '2', text: 'Note three.' },
    ]);
  });
});

describe('Word: text boxes and endnotes', () => {
  it('reads a text box once, although Word stores it twice (drawing and VML fallback), after its paragraph', async () => {
    const box = (text: string): string => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const runs =
      '<w:r><w:t xml:space="preserve">Anchor paragraph.</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="urn:wps"><wps:txbx>${box('Boxed words.')}</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box('Boxed words.')}</v:textbox></v:shape></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r>';
    const blocks = await docxBlocks(buildDocx({ body: p('', { runs }) + p('Next paragraph.') }), 'box.docx');
    expect(texts(blocks).map((b) => b.text)).toEqual(['Anchor paragraph.', 'Boxed words.', 'Next paragraph.']);
  });

  it('marks endnotes in lower Roman (the default in Word), apart from footnotes', async () => {
    const runs =
      '<w:r><w:t>Text</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r>' +
      '<w:r><w:t xml:space="preserve"> and more</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>' +
      '<w:r><w:t xml:space="preserve"> and last</w:t></w:r><w:r><w:endnoteReference w:id="5"/></w:r>';
    const raw = buildDocx({
      body: p('', { runs }),
      footnotes: '<w:footnote w:id="2"><w:p><w:r><w:t>A footnote.</w:t></w:r></w:p></w:footnote>',
      endnotes:
        '<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>First endnote.</w:t></w:r></w:p></w:endnote>' +
        '<w:endnote w:id="5"><w:p><w:r><w:t>Second endnote.</w:t></w:r></w:p></w:endnote>',
    });
    const blocks = await docxBlocks(raw, 'endnotes.docx');
    expect(texts(blocks)[0]?.refs).toEqual(['i', '1', 'ii']);
    expect(notes(blocks)).toEqual([
      { kind: 'footnote', number: '1', text: 'A footnote.' },
      { kind: 'footnote', number: 'i', text: 'First endnote.' },
      { kind: 'footnote', number: 'ii', text: 'Second endnote.' },
    ]);
  });
});

describe('Word: files it cannot read get one line saying why', () => {
  it('refuses a legacy binary .doc', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await failure(ole, 'old.doc')).message).toBe('old.doc: legacy Word .doc: save it as .docx or PDF');
  });

  it('tells a password-protected .docx (an OLE container) from a .doc', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 512);
    expect((await failure(ole, 'secret.docx')).problem).toMatch(/^password-protected Word file/);
  });

  it('refuses a file that is not a ZIP, a truncated .docx, and a ZIP without a Word document', async () => {
    expect((await failure(strToU8('1. Hello, this is text.'), 'text.docx')).problem).toMatch(/^not a Word \.docx file/);
    const real = readFileSync(DOCX_DIR + THEMATIC);
    expect((await failure(real.subarray(0, real.length / 2), 'half.docx')).problem).toMatch(/^damaged Word file: cannot unzip it/);
    const other = zipSync({ 'readme.txt': strToU8('hello') });
    expect((await failure(other, 'other.docx')).problem).toBe('not a Word document: the ZIP holds no word/document.xml');
  });

  it('refuses a document part that is not well-formed XML', async () => {
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body><w:p>') });
    expect((await failure(broken, 'broken.docx')).problem).toMatch(/^damaged Word file: word\/document\.xml is not well-formed XML/);
  });
});

describe('Word: a note on the title', () => {
  it('keeps the footnote mark of a Title paragraph out of the document title', async () => {
    const raw = buildDocx({
      body:
        p('', {
          style: 'Title',
          runs: '<w:r><w:t>Exchange with observers on the protection of coastal wetlands</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r>',
        }) +
        p('Chair\u2019s summary', { style: 'Subtitle' }) +
        p('1. The exchange was held online.'),
      footnotes: '<w:footnote w:id="4"><w:p><w:r><w:t>Issued without formal editing.</w:t></w:r></w:p></w:footnote>',
    });
    const doc = await parseFile(raw, 'title-note.docx');
    expect(doc.title).toBe('Exchange with observers on the protection of coastal wetlands');
    expect(doc.footnotes).toEqual([{ number: '1', text: 'Issued without formal editing.' }]);
  });
});
