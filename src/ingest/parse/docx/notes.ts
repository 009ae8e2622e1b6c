/**
 * Footnotes and endnotes. Word prints a note's mark from the order of the references in the
 * text (1, 2, 3 … for footnotes, i, ii, iii … for endnotes by default, or as w:footnotePr /
 * w:endnotePr say), so the mark is given when the reader meets the reference, and the note's
 * text, kept apart in footnotes.xml, is read afterwards under that mark. A reference may
 * carry its own printed mark instead (w:customMarkFollows: "*", "†").
 */
import type { FootnoteBlock } from '../block.js';
import { formatNumber } from './number-format.js';
import type { Document, Element } from './xml.js';
import { elements, intOrNull, isW, root, wAttr, wChild, wVal } from './xml.js';

export type NoteKind = 'footnote' | 'endnote';

interface NoteNumbering {
  numFmt: string;
  start: number;
}

export class NoteMarks {
  private readonly given: Record<NoteKind, Map<string, string>> = { footnote: new Map(), endnote: new Map() };
  private readonly counted: Record<NoteKind, number> = { footnote: 0, endnote: 0 };
  private readonly style: Record<NoteKind, NoteNumbering>;

  constructor(settings: Document | null, body: Element | null) {
    this.style = {
      footnote: noteNumbering([settings ? root(settings) : null, lastSectPr(body)], 'footnotePr', 'decimal'),
      endnote: noteNumbering([settings ? root(settings) : null, lastSectPr(body)], 'endnotePr', 'lowerRoman'),
    };
  }

  /** The mark printed for a reference to note `id` (the same mark when it is cited again). */
  markFor(kind: NoteKind, id: string): string {
    const known = this.given[kind].get(id);
    if (known !== undefined) return known;
    const style = this.style[kind];
    const mark = formatNumber(style.start + this.counted[kind], style.numFmt);
    this.counted[kind]++;
    this.given[kind].set(id, mark);
    return mark;
  }

  setCustom(kind: NoteKind, id: string, mark: string): void {
    if (!this.given[kind].has(id)) this.given[kind].set(id, mark);
  }

  /** Note ids with their marks, in the order their references appeared. */
  referenced(kind: NoteKind): [string, string][] {
    return [...this.given[kind]];
  }
}

/**
 * The notes of one part (footnotes.xml or endnotes.xml) that the text refers to, as footnote
 * blocks in reference order. A note nobody refers to is not printed by Word either.
 */
export function noteBlocks(part: Document | null, kind: NoteKind, marks: NoteMarks, readText: (note: Element) => string): FootnoteBlock[] {
  if (!part) return [];
  const byId = new Map<string, Element>();
  for (const el of elements(root(part))) {
    if (!isW(el, kind)) continue;
    const type = wAttr(el, 'type');
    // Separators and continuation notices are Word's rules between text and notes.
    if (type !== null && type !== 'normal') continue;
    const id = wAttr(el, 'id');
    if (id !== null) byId.set(id, el);
  }
  const out: FootnoteBlock[] = [];
  for (const [id, mark] of marks.referenced(kind)) {
    const note = byId.get(id);
    if (note) out.push({ kind: 'footnote', number: mark, text: readText(note).trim() });
  }
  return out;
}

/** Later sources win: the document's settings, then the final section's properties. */
function noteNumbering(sources: readonly (Element | null)[], prop: string, defaultFmt: string): NoteNumbering {
  const result: NoteNumbering = { numFmt: defaultFmt, start: 1 };
  for (const src of sources) {
    const pr = src ? wChild(src, prop) : null;
    if (!pr) continue;
    result.numFmt = wVal(pr, 'numFmt') ?? result.numFmt;
    result.start = intOrNull(wVal(pr, 'numStart')) ?? result.start;
  }
  return result;
}

function lastSectPr(body: Element | null): Element | null {
  return body ? wChild(body, 'sectPr') : null;
}
