/**
 * The document body → blocks, in reading order. A paragraph becomes a heading block when its
 * style is a heading, else a text block; its Word numbering is printed in front of its text
 * ("121.3 Ratify …", "(a) …", "II. …"), so the assembler reads the number exactly as in a
 * Markdown or PDF rendering of the same document. A table row is one verbatim text block,
 * cells joined by " | " (as the Markdown reader does for a table), lines of a cell by "\n".
 */
import type { Block } from '../block.js';
import { textBlock } from '../block.js';
import { readInline } from './inline.js';
import type { NoteMarks } from './notes.js';
import type { Numbering } from './numbering.js';
import type { Styles } from './styles.js';
import type { Element } from './xml.js';
import { elements, intOrNull, isW, wChild, wVal } from './xml.js';

/** Wrappers whose block content reads as if it stood in their place. */
const BLOCK_WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo']);

interface Line {
  text: string;
  refs: string[];
}

export class BodyReader {
  readonly blocks: Block[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly marks: NoteMarks,
  ) {}

  /** Every block-level child of the body (or of a text box), in order. */
  readContainer(container: Element): void {
    for (const el of elements(container)) {
      if (isW(el, 'p')) this.paragraph(el);
      else if (isW(el, 'tbl')) this.table(el);
      else if (BLOCK_WRAPPERS.has(el.localName ?? '') && isWordElement(el)) this.readContainer(el);
    }
  }

  /** The text of a note (footnote or endnote): its paragraphs, one per line. */
  noteText(note: Element): string {
    return this.containerLines(note)
      .map((l) => l.text)
      .join('\n');
  }

  private paragraph(p: Element): void {
    const pPr = wChild(p, 'pPr');
    const styleId = this.styles.effective(wVal(pPr, 'pStyle'));
    const label = this.numbering.next(pPr, styleId);
    const inline = readInline(p, this.marks);
    const prefix = label && !label.bullet ? label.text + label.suffix : '';
    const depth = headingDepth(pPr, styleId, this.styles);

    if (depth !== null && (prefix + inline.text).trim() !== '') {
      // Heading blocks carry no refs: the mark stays glued, as in the Markdown reader, and
      // the footnote scanner takes it out in reading order.
      this.blocks.push({ kind: 'heading', text: prefix + inline.textWithMarks, depth });
    } else if ((prefix + inline.text).trim() !== '' || inline.refs.length > 0) {
      this.blocks.push(
        textBlock(prefix + inline.text, {
          refs: inline.refs,
          list: label === null ? null : label.bullet ? 'bullet' : 'ordered',
        }),
      );
    }
    for (const box of inline.textBoxes) this.readContainer(box);
  }

  private table(tbl: Element): void {
    for (const row of rows(tbl)) {
      const { cells, refs } = this.rowCells(row, '\n');
      if (cells.every((c) => c === '')) continue;
      this.blocks.push(textBlock(cells.join(' | '), { refs, verbatim: true }));
    }
  }

  /** A table row's cells as text (a cell's paragraphs joined by `joiner`), with the note marks in them. */
  private rowCells(row: Element, joiner: string): { cells: string[]; refs: string[] } {
    const refs: string[] = [];
    const cells = cellsOf(row).map((tc) => {
      const lines = this.containerLines(tc);
      for (const l of lines) refs.push(...l.refs);
      return lines
        .map((l) => l.text.trim())
        .filter((t) => t !== '')
        .join(joiner);
    });
    return { cells, refs };
  }

  /**
   * A cell or note as lines: each paragraph with its list label (bullets as "- "), nested
   * tables row by row. Numbering inside cells advances its lists like any other paragraph.
   */
  private containerLines(container: Element): Line[] {
    const out: Line[] = [];
    for (const el of elements(container)) {
      if (isW(el, 'p')) {
        const pPr = wChild(el, 'pPr');
        const label = this.numbering.next(pPr, this.styles.effective(wVal(pPr, 'pStyle')));
        const inline = readInline(el, this.marks);
        const prefix = label === null ? '' : label.bullet ? '- ' : label.text + label.suffix;
        out.push({ text: prefix + inline.text, refs: inline.refs });
        for (const box of inline.textBoxes) out.push(...this.containerLines(box));
      } else if (isW(el, 'tbl')) {
        for (const row of rows(el)) {
          const { cells, refs } = this.rowCells(row, ' ');
          out.push({ text: cells.join(' | '), refs });
        }
      } else if (BLOCK_WRAPPERS.has(el.localName ?? '') && isWordElement(el)) {
        out.push(...this.containerLines(el));
      }
    }
    return out;
  }
}

/** The paragraph's own outline level wins over its style (Word's rule for headings). */
function headingDepth(pPr: Element | null, styleId: string | null, styles: Styles): number | null {
  const own = intOrNull(wVal(pPr, 'outlineLvl'));
  if (own !== null) return own >= 0 && own < 9 ? own + 1 : null;
  return styles.headingDepth(styleId);
}

/** Rows of a table, including rows wrapped in content controls. */
function rows(tbl: Element): Element[] {
  const out: Element[] = [];
  for (const el of elements(tbl)) {
    if (isW(el, 'tr')) out.push(el);
    else if (BLOCK_WRAPPERS.has(el.localName ?? '') && isWordElement(el)) out.push(...rows(el));
  }
  return out;
}

/** Cells of a row, including cells wrapped in content controls. */
function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (const el of elements(tr)) {
    if (isW(el, 'tc')) out.push(el);
    else if (BLOCK_WRAPPERS.has(el.localName ?? '') && isWordElement(el)) out.push(...cellsOf(el));
  }
  return out;
}

function isWordElement(el: Element): boolean {
  return isW(el, el.localName ?? '');
}
