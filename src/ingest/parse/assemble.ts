/**
 * Blocks → the parts of a ParsedDocument, in one pass over the blocks and their lines.
 * This is where the UN reading rules live; each rule is one branch of `openSegment`, in
 * priority order, and each is phrased in terms of numbering and position, never of a
 * particular document:
 *
 * 1. Before the first numbered heading or paragraph is the title block (loose lines, the
 *    title heading, HTML comments with the symbol). An unnumbered heading followed directly
 *    by paragraph 1 ("## Introduction") is already a section, not part of the title block.
 * 2. "N. …" starts numbered paragraph N; "N.M …" (M counting up under the current N) starts
 *    a sub-numbered one. Inside a block, a line starts a new paragraph only when it carries
 *    the *next* number, so paragraphs on consecutive lines split while a wrapped line that
 *    happens to begin with "32." does not. A number seen twice is an error (the citation
 *    would be ambiguous), except inside an annex, where numbering may start again.
 * 3. After a rule ("---"), "<sup>1</sup> …" or "1 …" blocks are page footnotes, until the
 *    next heading or paragraph. A "Notes" section is read as endnotes (see endnotes.ts).
 * 4. What belongs to the paragraph before it: its lettered sub-items "(a) …" on their own
 *    lines, a bullet list it introduces with ":", the rest of a list item, and any block that
 *    starts with a lowercase letter (the second half of a paragraph broken by a page break,
 *    even when the page's footnotes sit in between).
 * 5. Everything else with words in it is an unnumbered block of the current section. Only
 *    decoration without letters or digits ("***" end marks) is dropped, and HTML comments,
 *    which are converter metadata (read for symbol and date at the top, ignored elsewhere).
 * 6. A code block or table is data: kept whole as one block, never read for numbers.
 */
import type { Block, TextBlock } from './block.js';
import type { FootnoteDraft, ParagraphDraft, Sink, UnnumberedDraft } from './drafts.js';
import { DROP, lastLine, partSink } from './drafts.js';
import { EndnoteReader } from './endnotes.js';
import { isDecorative, normalizeSpace } from './normalize-space.js';
import {
  isYearLike,
  looksLikeHeadingTitle,
  looksLikeLetteredHeadingLine,
  readBareNoteMarker,
  readItemMarker,
  readHeadingNumber,
  readParagraphMarker,
  readSubParagraphMarker,
} from './numbering.js';
import { ParseError } from './parse-error.js';
import type { ParsedSection } from './parsed-document.js';
import { SectionTree } from './section-tree.js';
import type { TitleLine } from './title-block.js';
import { symbolLine } from './un-symbol.js';

export type FlowEntry =
  | { kind: 'section'; section: ParsedSection }
  | { kind: 'paragraph'; draft: ParagraphDraft }
  | { kind: 'unnumbered'; draft: UnnumberedDraft };

export interface Assembled {
  titleLines: TitleLine[];
  comments: string[];
  sections: ParsedSection[];
  /** Sections, paragraphs and unnumbered blocks in reading order (footnote digits are stripped in this order). */
  flow: FlowEntry[];
  footnotes: FootnoteDraft[];
}

const LEADING_BULLET = /^[•▪◦●‣■□➢]\s+/u;

type Holder = { kind: 'paragraph'; draft: ParagraphDraft } | { kind: 'unnumbered'; draft: UnnumberedDraft };

/** Unnumbered plain-text headings are short: "Equality and non-discrimination", "Annex". */
const PLAIN_HEADING_WORDS = 16;
const ANNEX_LINE = /^(annex|annexes|appendix)\b/i;

/**
 * A plain-text line that reads as an unnumbered heading: short, no closing punctuation, some
 * words, and not a running header such as the document symbol.
 */
function isPlainHeading(line: string): boolean {
  return (
    looksLikeHeadingTitle(line, PLAIN_HEADING_WORDS) && /\p{L}{2}/u.test(line) && readItemMarker(line) === null && symbolLine(line) === null
  );
}

export function assemble(blocks: readonly Block[], sourceFile: string): Assembled {
  const a = new Assembler(blocks, sourceFile);
  a.run();
  return a.result();
}

class Assembler {
  private phase: 'title' | 'body' = 'title';
  private readonly titleLines: TitleLine[] = [];
  private readonly comments: string[] = [];
  private readonly tree = new SectionTree();
  private readonly flow: FlowEntry[] = [];
  private readonly numbers = new Set<string>();
  private readonly footnotes: FootnoteDraft[] = [];
  private paragraphCount = 0;

  /** Where a continuation goes: the paragraph (or unnumbered block) being read. */
  private holder: Holder | null = null;
  private lastTop: number | null = null;
  private lastMinor = 0;
  private footnoteZone = false;
  private zoneNote: FootnoteDraft | null = null;
  private lastAttachWasBullet = false;
  /** The last item of a numbered list nested in the current paragraph ("adopted the following agenda: 1. …"). */
  private innerItem: number | null = null;
  private notes: { depth: number | null; reader: EndnoteReader; sectionKey: string } | null = null;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly sourceFile: string,
  ) {}

  run(): void {
    for (let i = 0; i < this.blocks.length; i++) this.block(this.blocks[i] as Block, i);
    this.closeNotes();
  }

  result(): Assembled {
    if (this.paragraphCount === 0) {
      throw new ParseError(this.sourceFile, 'no numbered paragraphs found (expected paragraphs starting "1. ", "2. ", …)');
    }
    return {
      titleLines: this.titleLines,
      comments: this.comments,
      sections: this.tree.sections,
      flow: this.flow,
      footnotes: this.footnotes,
    };
  }

  private block(b: Block, i: number): void {
    switch (b.kind) {
      case 'comment':
        // Converter metadata, not document text: read for symbol/date at the top, else ignored.
        if (this.phase === 'title') this.comments.push(b.text);
        return;
      case 'break':
        this.footnoteZone = true;
        this.zoneNote = null;
        return;
      case 'footnote':
        if (this.notes) this.notes.reader.addWhole(b.number, b.text);
        else this.footnotes.push({ number: b.number, lines: [b.text] });
        return;
      case 'heading':
        this.heading(normalizeSpace(b.text), b.depth, i);
        return;
      case 'text':
        this.text(b, i);
    }
  }

  private heading(text: string, depth: number | null, i: number): void {
    if (isDecorative(text)) return;
    if (this.notes) {
      const inside = depth !== null && this.notes.depth !== null && depth > this.notes.depth;
      if (inside) {
        this.notes.reader.feedLine(text);
        return;
      }
      this.closeNotes();
    }
    if (this.phase === 'title') {
      // "# Title" opening the file is the title even when paragraph 1 follows at once;
      // "## Introduction" after a cover page, followed by paragraph 1, is a section.
      const opensFile = depth === 1 && this.titleLines.length === 0;
      if (!this.tree.isNumbered(text) && (opensFile || !this.nextIsNumberedParagraph(i))) {
        this.titleLines.push({ text, heading: true, listItem: false });
        return;
      }
      this.phase = 'body';
    }
    this.openSection(text, depth);
  }

  private openSection(text: string, depth: number | null): void {
    const section = this.tree.add(text, depth);
    this.flow.push({ kind: 'section', section });
    this.holder = null;
    this.footnoteZone = false;
    this.zoneNote = null;
    if (SectionTree.isNotesTitle(text)) this.notes = { depth, reader: new EndnoteReader(), sectionKey: section.key };
  }

  private closeNotes(): void {
    const notes = this.notes;
    if (!notes) return;
    this.notes = null;
    for (const f of notes.reader.footnotes()) this.footnotes.push({ number: f.number, lines: [f.text] });
    if (notes.reader.preamble.length > 0) {
      this.flow.push({
        kind: 'unnumbered',
        draft: { sectionKey: notes.sectionKey, parts: [{ lines: notes.reader.preamble, refs: [], pages: [] }] },
      });
    }
  }

  private text(b: TextBlock, i: number): void {
    if (isDecorative(b.text)) return;
    const single = !b.text.includes('\n');
    if (this.notes) {
      // Plain text has no heading markup to end the notes; an annex title does.
      if (b.plain && single && ANNEX_LINE.test(b.text.trim()) && looksLikeHeadingTitle(b.text, PLAIN_HEADING_WORDS)) {
        this.closeNotes();
        this.openSection(normalizeSpace(b.text), null);
      } else {
        this.notes.reader.feed(b.text);
      }
      return;
    }
    const lines = b.text.split('\n');
    // Where each line is printed (PDF): recorded on whatever part the line went to.
    const pagesOf = (k: number): readonly number[] => b.linePages?.[k] ?? [];
    const row = b.verbatim ? this.numberedRow(lines[0] as string) : null;
    if (row) {
      // A table of numbered items (a thematic list of recommendations, one per row): the first
      // cell's first line is the numbered paragraph; the rest of the row (position, themes) is
      // kept beside it as an unnumbered block, so the paragraph reads as the item alone.
      this.phase = 'body';
      const cut = (lines[0] as string).indexOf(' | ');
      const first = cut >= 0 ? (lines[0] as string).slice(0, cut) : (lines[0] as string);
      const sink = this.newParagraph(row.printed, row.parent, first.slice(row.rest), b, true, first);
      sink.onPages(pagesOf(0));
      const restLines = [...(cut >= 0 ? [(lines[0] as string).slice(cut + 3)] : []), ...lines.slice(1)];
      if (restLines.length > 0) {
        const rest = this.newUnnumbered(restLines[0] as string, b);
        for (const l of restLines.slice(1)) rest.push(l);
        this.holder = { kind: 'paragraph', draft: (this.flow.findLast((e) => e.kind === 'paragraph') as { draft: ParagraphDraft }).draft };
      }
      return;
    }
    if (b.verbatim && this.phase === 'body') {
      // A code block or table is data: kept whole, its lines are not paragraph numbers.
      const sink = b.listChild ? this.attach(lines[0] as string, b) : this.newUnnumbered(lines[0] as string, b);
      sink.onPages(pagesOf(0));
      for (let k = 1; k < lines.length; k++) {
        sink.push(lines[k] as string);
        sink.onPages(pagesOf(k));
      }
      return;
    }
    let sink = this.openSegment(lines[0] as string, b, i, true);
    sink.onPages(pagesOf(0));
    for (let k = 1; k < lines.length; k++) {
      const line = lines[k] as string;
      if (this.startsSegment(line)) sink = this.openSegment(line, b, i, false);
      else sink.push(line);
      sink.onPages(pagesOf(k));
    }
  }

  /**
   * "121.3 Ratify …" opening a table row: a sub-numbered item whose number is new. Tables list
   * such items in their own order (by theme), so no sequence is required; the parent paragraph
   * is linked only when the document has it.
   */
  private numberedRow(line: string): { printed: string; parent: string | null; rest: number } | null {
    const s = readSubParagraphMarker(line);
    if (!s || this.numbers.has(s.printed) || !/^\p{Lu}/u.test(line.slice(s.rest))) return null;
    return { printed: s.printed, parent: this.numbers.has(String(s.parent)) ? String(s.parent) : null, rest: s.rest };
  }

  /** Inside a block: does this line start a new paragraph (the next number) or page footnote? */
  private startsSegment(line: string): boolean {
    const p = readParagraphMarker(line);
    if (p && this.isNextNumber(p.n)) return true;
    const s = readSubParagraphMarker(line);
    if (s && this.isSubParagraph(s, line) && s.minor === this.lastMinor + 1) return true;
    if (this.zoneNote) {
      const f = readBareNoteMarker(line);
      if (f && String(f.n - 1) === this.zoneNote.number) return true;
    }
    return false;
  }

  private isNextNumber(n: number): boolean {
    return this.lastTop === null ? !isYearLike(n) : n === this.lastTop + 1;
  }

  private openSegment(line: string, b: TextBlock, i: number, blockStart: boolean): Sink {
    const single = blockStart && !b.text.includes('\n');
    if (this.phase === 'title') {
      if (!this.startsBody(line, b, i, single)) return this.titleSink(line, b);
      this.phase = 'body';
    }
    this.zoneNote = null;

    // A line that says only "Notes" (or "Endnotes") opens the endnotes even without heading
    // markup: a PDF converted to Markdown leaves that title as a bare line.
    if (single && SectionTree.isNotesTitle(line)) {
      this.openSection(normalizeSpace(line), null);
      return DROP;
    }

    // An unmarked "II. Opening" / "1. Cross-cutting issues" line.
    if (single && !b.listChild && this.isUnmarkedHeading(line, b)) {
      this.openSection(normalizeSpace(line), null);
      return DROP;
    }
    if (blockStart && b.listChild) return this.attach(line, b);

    const p = readParagraphMarker(line);
    // A list the paragraph announces ("adopted the following agenda:") numbers its items from
    // 1 again: they are the paragraph's items, not paragraphs going back in the numbering.
    if (p && this.continuesInnerList(p.n)) {
      this.innerItem = p.n;
      return this.attach(line, b);
    }
    if (p && !(blockStart && isYearLike(p.n) && !this.isNextNumber(p.n))) {
      return this.newParagraph(p.printed, null, line.slice(p.rest), b, blockStart, line);
    }
    const s = readSubParagraphMarker(line);
    if (s && this.isSubParagraph(s, line) && (s.minor > this.lastMinor || this.numbers.has(s.printed))) {
      this.lastMinor = Math.max(this.lastMinor, s.minor);
      return this.newParagraph(s.printed, String(s.parent), line.slice(s.rest), b, blockStart, line);
    }
    if (this.footnoteZone) {
      const f = readBareNoteMarker(line);
      if (f && f.n < 1000) {
        const note: FootnoteDraft = { number: f.printed, lines: [line.slice(f.rest)] };
        this.footnotes.push(note);
        this.zoneNote = note;
        return { push: (l) => note.lines.push(l), onPages: () => undefined };
      }
    }
    this.footnoteZone = false;

    const holder = this.holder;
    if (holder?.kind === 'paragraph') {
      const item = readItemMarker(line) !== null;
      const bullet = b.list === 'bullet' && (this.lastAttachWasBullet || lastLine(holder.draft.parts).trimEnd().endsWith(':'));
      if (item || bullet) return this.attach(line, b);
    }
    if (holder && /^\s*\p{Ll}/u.test(line)) return this.attach(line, b);

    if (single && b.plain && isPlainHeading(line)) {
      this.openSection(normalizeSpace(line), null);
      return DROP;
    }
    return this.newUnnumbered(line, b);
  }

  /** In the title block: does this segment already begin the body? */
  private startsBody(line: string, b: TextBlock, i: number, single: boolean): boolean {
    // A table after the title heading is the document's content (a Word list exported as one
    // table); one before any title may be a converter's layout of the cover (symbol | date).
    if (b.verbatim && this.titleLines.some((l) => l.heading)) return true;
    const p = readParagraphMarker(line);
    if (p && !isYearLike(p.n)) return true;
    if (single && this.isUnmarkedHeading(line, b)) return true;
    return single && b.plain && isPlainHeading(line) && this.nextIsNumberedParagraph(i);
  }

  /**
   * A heading the markup did not mark: "II. Opening" (Roman or capital letter, heading-like
   * words), or "1. Cross-cutting issues" (a digit: short, no closing punctuation, and not the
   * paragraph number that comes next, so "9. The Working Group …" stays a paragraph).
   */
  private isUnmarkedHeading(line: string, b: TextBlock): boolean {
    if (!b.list && looksLikeLetteredHeadingLine(line)) return this.tree.isNumbered(line);
    const h = readHeadingNumber(line);
    if (!h || !/^\d+$/.test(h.token) || !looksLikeHeadingTitle(h.title, PLAIN_HEADING_WORDS)) return false;
    return this.lastTop !== null && Number(h.token) !== this.lastTop + 1;
  }

  /**
   * "121.3 Ratify …" under paragraph 121. The capital after the number keeps a page-broken
   * "1.5 million people …" (under paragraph 1) from passing for a recommendation.
   */
  private isSubParagraph(s: { parent: number; rest: number }, line: string): boolean {
    return this.lastTop !== null && s.parent === this.lastTop && /^\p{Lu}/u.test(line.slice(s.rest));
  }

  private titleSink(first: string, b: TextBlock): Sink {
    const listItem = b.list === 'bullet' || b.listChild;
    const add = (line: string): void => {
      const text = normalizeSpace(line);
      if (!isDecorative(text)) this.titleLines.push({ text, heading: false, listItem });
    };
    add(first);
    return { push: add, onPages: () => undefined };
  }

  /** Is the next block with words paragraph 1 (or any numbered paragraph)? */
  private nextIsNumberedParagraph(i: number): boolean {
    for (let j = i + 1; j < this.blocks.length; j++) {
      const next = this.blocks[j] as Block;
      if (next.kind === 'heading') return false;
      if (next.kind !== 'text' || isDecorative(next.text)) continue;
      const newline = next.text.indexOf('\n');
      const p = readParagraphMarker(newline === -1 ? next.text : next.text.slice(0, newline));
      return p !== null && !isYearLike(p.n);
    }
    return false;
  }

  private newParagraph(printed: string, parent: string | null, rest: string, b: TextBlock, blockStart: boolean, line: string): Sink {
    if (this.numbers.has(printed)) {
      // An annex may number its own paragraphs from 1 again: keep them, as unnumbered text.
      if (this.tree.inAnnex) return this.newUnnumbered(line, b);
      throw new ParseError(this.sourceFile, `duplicate paragraph number ${printed}`);
    }
    this.numbers.add(printed);
    this.paragraphCount++;
    this.innerItem = null;
    if (parent === null) {
      this.lastTop = Number(printed);
      this.lastMinor = 0;
    }
    const draft: ParagraphDraft = { number: printed, parentNumber: parent, sectionKey: this.tree.currentKey, parts: [] };
    this.flow.push({ kind: 'paragraph', draft });
    this.holder = { kind: 'paragraph', draft };
    this.footnoteZone = false;
    this.lastAttachWasBullet = false;
    return partSink(draft.parts, rest, blockStart ? b.refs : []);
  }

  /**
   * Item `n` of a list inside the paragraph being read: its first item after a colon, or the
   * next one; never a number that would continue the document's own numbering.
   */
  private continuesInnerList(n: number): boolean {
    const holder = this.holder;
    if (holder?.kind !== 'paragraph' || this.lastTop === null || n > this.lastTop) return false;
    if (this.innerItem !== null) return n === this.innerItem + 1;
    return n === 1 && lastLine(holder.draft.parts).trimEnd().endsWith(':');
  }

  private newUnnumbered(line: string, b: TextBlock): Sink {
    const draft: UnnumberedDraft = { sectionKey: this.tree.currentKey, parts: [] };
    if (b.list === 'bullet' || LEADING_BULLET.test(line)) draft.bullet = true;
    this.flow.push({ kind: 'unnumbered', draft });
    this.holder = { kind: 'unnumbered', draft };
    this.lastAttachWasBullet = false;
    // A bullet glyph is layout, as the PDF reader already treats it (pdf/blocks.ts): "• Ms. X, …"
    // in a text or Markdown file is the same block, with the same offsets, as in its PDF.
    return partSink(draft.parts, line.replace(LEADING_BULLET, ''), b.refs);
  }

  private attach(line: string, b: TextBlock): Sink {
    const holder = this.holder;
    if (!holder) return this.newUnnumbered(line, b);
    this.lastAttachWasBullet = b.list === 'bullet';
    return partSink(holder.draft.parts, line, b.refs);
  }
}
