/**
 * The words of one paragraph, as Word prints them: run text, tabs and breaks, hyperlinks,
 * fields (their shown result, not their code), content controls and tracked insertions; not
 * deleted text, hidden text, or field instructions. A footnote or endnote reference is not a
 * word: it is taken out and returned as the mark Word prints for it. Text boxes anchored in
 * the paragraph are returned apart, to be read as paragraphs of their own after it.
 */
import type { NoteKind, NoteMarks } from './notes.js';
import { isOn } from './styles.js';
import type { Element } from './xml.js';
import { elements, isW, MC, W, W_STRICT, wAttr, wChild } from './xml.js';

const MATH = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

export interface InlineResult {
  /** Text without note marks; "\n" where Word breaks the line. */
  text: string;
  /** The same text with each note mark left where it stands (for headings, see block.ts). */
  textWithMarks: string;
  refs: string[];
  /** Contents of text boxes (w:txbxContent) met in the paragraph. */
  textBoxes: Element[];
}

/** Elements whose subtree prints nothing: properties, deleted or moved-away text, field codes. */
const SILENT = new Set([
  'pPr',
  'rPr',
  'sdtPr',
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'footnoteRef',
  'endnoteRef',
  'sectPr',
]);

export function readInline(p: Element, marks: NoteMarks): InlineResult {
  const plain: string[] = [];
  const withMarks: string[] = [];
  const refs: string[] = [];
  const textBoxes: Element[] = [];
  /** After w:customMarkFollows, the next run's text is the mark itself. */
  let custom: { kind: NoteKind; id: string } | null = null;
  let customText: string[] | null = null;

  const emit = (s: string): void => {
    if (customText) {
      customText.push(s);
      return;
    }
    plain.push(s);
    withMarks.push(s);
  };
  const noteRef = (el: Element, kind: NoteKind): void => {
    const id = wAttr(el, 'id') ?? '';
    const follows = wAttr(el, 'customMarkFollows');
    if (follows !== null && isOn(follows)) {
      custom = { kind, id };
      return;
    }
    const mark = marks.markFor(kind, id);
    refs.push(mark);
    withMarks.push(mark);
  };

  const walk = (el: Element): void => {
    for (const child of elements(el)) visit(child);
  };
  const visit = (el: Element): void => {
    const ns = el.namespaceURI;
    if (ns === MATH) {
      if (el.localName === 't') emit(el.textContent ?? '');
      else walk(el);
      return;
    }
    if (ns === MC) {
      // One object, several renderings: read the first one only, or its text comes twice.
      if (el.localName === 'AlternateContent') {
        const pick = elements(el).find((c) => c.namespaceURI === MC && (c.localName === 'Choice' || c.localName === 'Fallback'));
        if (pick) walk(pick);
      }
      return;
    }
    if (ns !== W && ns !== W_STRICT) {
      walk(el); // drawings and VML shapes: only a text box inside them has words
      return;
    }
    const local = el.localName ?? '';
    if (SILENT.has(local)) return;
    switch (local) {
      case 'r':
        if (isHidden(el)) return;
        if (custom && !hasNoteReference(el)) {
          // This run carries the custom mark ("*", "†"): it becomes the reference, not text.
          const note = custom;
          const collected: string[] = [];
          customText = collected;
          walk(el);
          customText = null;
          custom = null;
          const mark = collected.join('').trim();
          if (mark) {
            marks.setCustom(note.kind, note.id, mark);
            refs.push(mark);
            withMarks.push(mark);
          }
          return;
        }
        walk(el);
        return;
      case 't':
        emit(el.textContent ?? '');
        return;
      case 'tab':
      case 'ptab':
        emit(' ');
        return;
      case 'br':
        // A line break may start the next numbered paragraph; page/column breaks are layout.
        emit(wAttr(el, 'type') === 'page' || wAttr(el, 'type') === 'column' ? ' ' : '\n');
        return;
      case 'cr':
        emit('\n');
        return;
      case 'noBreakHyphen':
        emit('-');
        return;
      case 'softHyphen':
        return;
      case 'sym': {
        const code = Number.parseInt(wAttr(el, 'char') ?? '', 16);
        // Symbol-font glyphs sit in the private-use area and mean nothing as text.
        if (Number.isFinite(code) && !(code >= 0xe000 && code <= 0xf8ff)) emit(String.fromCodePoint(code));
        return;
      }
      case 'footnoteReference':
        noteRef(el, 'footnote');
        return;
      case 'endnoteReference':
        noteRef(el, 'endnote');
        return;
      case 'txbxContent':
        textBoxes.push(el);
        return;
      default:
        walk(el); // hyperlink, fldSimple, ins, moveTo, smartTag, sdt, customXml, …
    }
  };

  walk(p);
  return { text: plain.join(''), textWithMarks: withMarks.join(''), refs, textBoxes };
}

/** Hidden text (w:vanish) is not printed. */
function isHidden(run: Element): boolean {
  const rPr = wChild(run, 'rPr');
  const vanish = rPr ? wChild(rPr, 'vanish') : null;
  return vanish !== null && isOn(wAttr(vanish, 'val'));
}

function hasNoteReference(run: Element): boolean {
  return elements(run).some((c) => isW(c, 'footnoteReference') || isW(c, 'endnoteReference'));
}
