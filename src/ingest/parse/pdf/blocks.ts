/**
 * Lines of all pages → the parser's blocks (block.ts), so that the assembler applies the
 * same UN numbering rules to a PDF as to Markdown. This file decides only what the page
 * layout shows:
 *
 * - the title block: on the first page, until the first numbered heading or paragraph,
 *   every line is a loose line (title-block.ts reads symbol, date and title from them);
 * - a block is a run of lines with no more than line spacing between them; a larger gap
 *   ends it, and so does a change of type size;
 * - a heading is a short block set wholly in bold or italic, at body size or larger, with no
 *   closing punctuation; its depth ranks its type size among the headings;
 * - a paragraph broken by a page break is mended: the first block of a page continues the
 *   last block of the page before when it does not start anything (number, item, bullet,
 *   heading) and the last line before the break ran to the margin or ended mid-sentence;
 * - a hyphen at a line end stays (UN texts hyphenate compounds, not syllables: "non-" /
 *   "refoulement"), the lines joined without a space; it goes only when the document spells
 *   the word elsewhere without it, or when it is a soft hyphen;
 * - footnote marks become the block's references, never text;
 * - an indented list "1.", "2.", … right under paragraph N is read as N.1, N.2, … (nested-list.ts).
 */
import type { Block, FootnoteBlock, HeadingBlock, TextBlock } from '../block.js';
import { textBlock } from '../block.js';
import { isYearLike, readHeadingNumber, readItemMarker, readParagraphMarker, readSubParagraphMarker } from '../numbering.js';
import type { NoteDraft } from './footnotes.js';
import { splitFootnotes } from './footnotes.js';
import { removeFurniture } from './furniture.js';
import type { Line } from './lines.js';
import { pageLines } from './lines.js';
import { NestedList } from './nested-list.js';
import type { Piece, TableRow } from './tables.js';
import { splitTables } from './tables.js';
import type { PdfPage } from './runs.js';

/** Lines further apart than this many times their size start a new block. */
const BLOCK_GAP = 1.5;
const HEADING_MAX_LINES = 3;
const HEADING_MAX_WORDS = 30;
const BULLET = /^[•▪◦●‣■□➢-]\s+/u;
const SENTENCE_END = /[.:;!?][”’")\]]*$/u;
const OPEN_END = /\b(and|or|of|the|a|an|to|in|on|by|for|with|at|from|that|its|their)$/i;

type Entry =
  | { kind: 'title'; line: Line }
  | { kind: 'para'; lines: Line[]; heading: boolean; nested?: boolean }
  | { kind: 'note'; note: NoteDraft }
  | { kind: 'row'; row: TableRow };

/**
 * A page's body as runs of lines and tables (tables.ts). Not on the cover page before the body
 * starts: its two columns ("United Nations" … "A/HRC/43/15") are not a table.
 */
function pieces(lines: readonly Line[], titleZone: boolean): Piece[] {
  const from = titleZone ? lines.findIndex((l) => startsBody([l])) : 0;
  if (from === -1) return [{ kind: 'lines', lines: [...lines] }];
  const found = splitTables(lines.slice(from));
  return from === 0 ? found : [{ kind: 'lines', lines: lines.slice(0, from) }, ...found];
}

export function pdfPagesToBlocks(pages: readonly PdfPage[]): Block[] {
  const lines = removeFurniture(pages, pages.map(pageLines));
  const bodySize = mainSize(lines.flat());
  const words = wordSet(lines.flat());
  // Odd and even pages may mirror their margins; each parity has its own text edge.
  const margins = [0, 1].map((parity) => leftMargin(lines.filter((_, i) => (i + 1) % 2 === parity).flat(), bodySize));

  const entries: Entry[] = [];
  const numbering = new NextNumber();
  let titleZone = true;
  let lastNote: NoteDraft | null = null;
  let lastNumber: string | null = null;
  /** The last body block of the previous page, while nothing else followed it. */
  let open: { entry: Entry & { kind: 'para' }; right: number } | null = null;

  for (const pageLinesOf of lines) {
    const split = splitFootnotes(pageLinesOf, bodySize, lastNumber);
    if (lastNote) lastNote.lines.push(...split.continued);
    const paras = pieces(withoutContents(split.body), titleZone).flatMap((piece): (Line[] | TableRow)[] =>
      piece.kind === 'table'
        ? piece.rows
        : groupLines(piece.lines).flatMap((para) => (isHeading(para, bodySize) ? [para] : numbering.split(para))),
    );
    const right = split.body.reduce((m, l) => Math.max(m, l.right), -Infinity);
    const margin = margins[(pageLinesOf[0]?.page ?? 1) % 2] ?? null;
    for (const [i, para] of paras.entries()) {
      if (!Array.isArray(para)) {
        entries.push({ kind: 'row', row: para });
        continue;
      }
      const first = para[0] as Line;
      if (titleZone && (first.page > 1 || startsBody(para))) titleZone = false;
      if (titleZone) {
        for (const line of para) entries.push({ kind: 'title', line });
        continue;
      }
      const heading = isHeading(para, bodySize);
      if (i === 0 && open && !heading && continuesAfterBreak(open.entry.lines, open.right, para)) {
        open.entry.lines.push(...para);
        continue;
      }
      entries.push({ kind: 'para', lines: para, heading, nested: !heading && isNestedList(para, margin) });
    }
    const last = entries[entries.length - 1];
    // Notes of this page go after its text; a page-broken paragraph still joins across them.
    open = last?.kind === 'para' && !last.heading ? { entry: last, right } : paras.length === 0 ? open : null;
    for (const note of split.notes) {
      entries.push({ kind: 'note', note });
      lastNote = note;
      if (/^\d+$/.test(note.number)) lastNumber = note.number;
    }
  }
  return toBlocks(entries, words);
}

/**
 * Paragraphs set without space between them arrive as one block; a line that starts the
 * next paragraph number ("13." after 12, "121.4" after 121.3) starts a new one, so that each
 * paragraph gets its own footnote marks and pages. Only the next number: a wrapped line that
 * happens to begin with "32." stays where it is (the assembler applies the same rule).
 */
class NextNumber {
  private top: number | null = null;
  private minor = 0;

  split(para: readonly Line[]): Line[][] {
    const out: Line[][] = [];
    for (const [i, line] of para.entries()) {
      if (i === 0 || this.isNext(line.text)) out.push([line]);
      else (out[out.length - 1] as Line[]).push(line);
      if (i === 0 || out[out.length - 1]?.[0] === line) this.see(line.text);
    }
    return out;
  }

  private isNext(text: string): boolean {
    const p = readParagraphMarker(text);
    if (p) return this.top === null ? false : p.n === this.top + 1;
    const s = readSubParagraphMarker(text);
    return s !== null && s.parent === this.top && s.minor === this.minor + 1 && /^\p{Lu}/u.test(text.slice(s.rest));
  }

  private see(text: string): void {
    const p = readParagraphMarker(text);
    if (p && !isYearLike(p.n) && (this.top === null || p.n > this.top)) {
      this.top = p.n;
      this.minor = 0;
      return;
    }
    const s = readSubParagraphMarker(text);
    if (s && s.parent === this.top && s.minor > this.minor) this.minor = s.minor;
  }
}

/**
 * Without the table of contents: it repeats the headings with page numbers, and read as
 * text it would put each heading in twice. An entry is a line with dot leaders ending in
 * numbers; the page number printed apart in its own column goes with it.
 */
function withoutContents(lines: readonly Line[]): Line[] {
  const entries = new Set(lines.filter(isContentsEntry).map((l) => Math.round(l.y)));
  if (entries.size === 0) return [...lines];
  return lines.filter((l) => !entries.has(Math.round(l.y)) || !(isContentsEntry(l) || /^[\d–\s-]+$/.test(l.text)));
}

/** A table-of-contents line: a title, dot leaders, paragraph range and page ("… 5–110 3"). */
function isContentsEntry(line: Line): boolean {
  // The numbers may sit in columns of their own (split off as separate lines).
  return /(?:\.\s?){8,}\s*(?:[\d–-]+\s*)*$/.test(line.text) || /…{2,}\s*(?:[\d–-]+\s*)*$/.test(line.text);
}

/** Where most body-size lines start: the text's left edge. */
function leftMargin(lines: readonly Line[], bodySize: number): number | null {
  const count = new Map<number, number>();
  for (const l of lines) if (Math.abs(l.size - bodySize) < 0.6) count.set(Math.round(l.x), (count.get(Math.round(l.x)) ?? 0) + 1);
  let best: number | null = null;
  let most = 0;
  for (const [x, n] of [...count].sort((a, b) => a[0] - b[0])) if (n > most) [best, most] = [x, n];
  return best;
}

/**
 * "1. To examine …" set in from the text's edge, under a paragraph that introduces a list: a
 * numbered list inside that paragraph (older recommendation lists), not paragraph 1 again.
 */
function isNestedList(para: readonly Line[], margin: number | null): boolean {
  const first = para[0] as Line;
  if (margin === null || readSubParagraphMarker(first.text) || !readParagraphMarker(first.text)) return false;
  return first.x > margin + 1.5 * first.size;
}

/** Does this block end the title page's loose lines? A numbered heading or paragraph does. */
function startsBody(para: readonly Line[]): boolean {
  const text = (para[0] as Line).text;
  const p = readParagraphMarker(text);
  if (p && !isYearLike(p.n)) return true;
  const h = readHeadingNumber(text);
  return h !== null && !/^\d/.test(h.token) && para.every((l) => l.bold || l.italic);
}

function groupLines(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    const prev = current[current.length - 1];
    const apart =
      prev !== undefined && (prev.y - line.y > BLOCK_GAP * Math.max(prev.size, line.size) || Math.abs(prev.size - line.size) > 0.6);
    if (prev !== undefined && (apart || line.y >= prev.y)) {
      out.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function isHeading(para: readonly Line[], bodySize: number): boolean {
  if (para.length > HEADING_MAX_LINES) return false;
  if (!(para.every((l) => l.bold) || para.every((l) => l.italic))) return false;
  if (para.some((l) => l.size < 0.95 * bodySize)) return false;
  const text = para.map((l) => l.text).join(' ');
  if (SENTENCE_END.test(text) || /,$/.test(text) || text.split(/\s+/).length > HEADING_MAX_WORDS) return false;
  // A recommendation "122.51 …" is never a heading, and a heading does not stop mid-phrase
  // (the start of a bold paragraph cut by a page break ends in "and", "of", "the").
  if (readSubParagraphMarker(text) || OPEN_END.test(text)) return false;
  return /[\p{L}]/u.test(text);
}

function continuesAfterBreak(before: readonly Line[], right: number, after: readonly Line[]): boolean {
  const last = before[before.length - 1] as Line;
  const first = after[0] as Line;
  if (Math.abs(last.size - first.size) > 0.6) return false;
  const t = first.text;
  if (first.lead === null && (readParagraphMarker(t) || readSubParagraphMarker(t) || readItemMarker(t) !== null || BULLET.test(t)))
    return false;
  if (readHeadingNumber(t) !== null && after.every((l) => l.bold || l.italic)) return false;
  return !SENTENCE_END.test(last.text) || last.right >= right - last.size;
}

function toBlocks(entries: readonly Entry[], words: ReadonlySet<string>): Block[] {
  const blocks: Block[] = [];
  const headingSizes = [
    ...new Set(entries.flatMap((e) => (e.kind === 'para' && e.heading ? [Math.round((e.lines[0] as Line).size)] : []))),
  ];
  headingSizes.sort((a, b) => b - a);
  let bodyStarted = false;
  let highest = 0;
  const list = new NestedList();
  for (const [i, e] of entries.entries()) {
    if (e.kind === 'para' && startsNumbered(e)) bodyStarted = true;
    if (e.kind === 'title') {
      // A title's "*" note mark stays on it: title-block.ts reads where the title ends from it.
      const star = [e.line.lead ?? '', ...e.line.refs].filter((m) => /^[*†‡]+$/.test(m)).join('');
      blocks.push(textBlock(e.line.text + star));
    } else if (e.kind === 'row') {
      // A table row, read as the Word reader reads one: its cells in order.
      list.end();
      blocks.push(textBlock(e.row.cells.join(' | '), { refs: e.row.refs, verbatim: true, linePages: [[e.row.page]] }));
    } else if (e.kind === 'note') {
      const note: FootnoteBlock = { kind: 'footnote', number: e.note.number, text: noteText(e.note, words) };
      blocks.push(note);
    } else if (e.heading && !bodyStarted && !nextIsParagraph(entries, i)) {
      // A heading before the body ("Information provided by stakeholders" over a cover
      // note) is a loose title-block line: the title is read from the cover page, and a
      // heading there would be taken for it.
      for (const line of e.lines) blocks.push(textBlock(line.text));
    } else if (e.heading) {
      list.end();
      // An annex numbers its paragraphs from 1 again (the assembler keeps them apart).
      if (/^(annex|appendix)\b/i.test((e.lines[0] as Line).text)) highest = 0;
      const heading: HeadingBlock = {
        kind: 'heading',
        text: joinLines(e.lines, words).lines.join(' '),
        depth: 2 + headingSizes.indexOf(Math.round((e.lines[0] as Line).size)),
      };
      blocks.push(heading);
    } else {
      const block = paragraphBlock(e.lines, words);
      const p = readParagraphMarker(block.text);
      // Paragraph numbers only go up: a "3." after paragraph 12 (a numbered list in a box
      // or table) belongs to the text around it, and is not paragraph 3 a second time.
      const backwards = p !== null && !isYearLike(p.n) && p.n <= highest;
      const item = e.nested && p !== null ? list.item(p.n) : null;
      if (item !== null && p !== null) block.text = `${item} ${block.text.slice(p.rest)}`;
      else if (e.nested || backwards) block.listChild = true;
      else if (p !== null && !isYearLike(p.n)) {
        highest = p.n;
        list.start(p.n);
      }
      blocks.push(block);
    }
  }
  return blocks;
}

function startsNumbered(e: Entry & { kind: 'para' }): boolean {
  const text = (e.lines[0] as Line).text;
  if (e.heading) return readHeadingNumber(text) !== null;
  const p = readParagraphMarker(text);
  return p !== null && !isYearLike(p.n);
}

function nextIsParagraph(entries: readonly Entry[], i: number): boolean {
  const next = entries.slice(i + 1).find((e) => e.kind === 'para');
  return next !== undefined && next.kind === 'para' && !next.heading && startsNumbered(next);
}

function paragraphBlock(lines: readonly Line[], words: ReadonlySet<string>): TextBlock {
  const joined = joinLines(lines, words);
  let text = joined.lines.join('\n');
  const bullet = BULLET.exec(text);
  if (bullet) text = text.slice(bullet[0].length);
  const refs = lines.flatMap((l) => (l.lead !== null ? [l.lead, ...l.refs] : l.refs));
  return textBlock(text, { refs, list: bullet ? 'bullet' : null, linePages: joined.pages });
}

function noteText(note: NoteDraft, words: ReadonlySet<string>): string {
  const first = note.lines[0] as Line;
  const lines = [{ ...first, text: first.text.slice(note.skip) }, ...note.lines.slice(1)];
  return joinLines(lines, words).lines.join(' ');
}

/** Lines joined where a line-end hyphen splits a word; each result line knows its pages. */
function joinLines(lines: readonly Line[], words: ReadonlySet<string>): { lines: string[]; pages: number[][] } {
  const out: string[] = [];
  const pages: number[][] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /\p{L}[-\u00AD]$/u.test(prev) && /^\p{L}/u.test(line.text)) {
      out[out.length - 1] = joinHyphen(prev, line.text, words);
      const p = pages[pages.length - 1] as number[];
      if (!p.includes(line.page)) p.push(line.page);
      continue;
    }
    out.push(line.text);
    pages.push([line.page]);
  }
  return { lines: out, pages };
}

function joinHyphen(left: string, right: string, words: ReadonlySet<string>): string {
  const stem = left.slice(0, -1);
  if (left.endsWith('\u00AD')) return stem + right;
  const head = /[\p{L}-]+$/u.exec(stem)?.[0] ?? '';
  const tail = /^[\p{L}-]+/u.exec(right)?.[0] ?? '';
  const solid = (head + tail).toLowerCase();
  const hyphenated = `${head}-${tail}`.toLowerCase();
  return words.has(solid) && !words.has(hyphenated) ? stem + right : left + right;
}

/** Every word of the document as printed inside a line (not split at a line end). */
function wordSet(lines: readonly Line[]): Set<string> {
  const set = new Set<string>();
  for (const l of lines) {
    const tokens = l.text.toLowerCase().match(/[\p{L}][\p{L}-]*[\p{L}]/gu) ?? [];
    const last = tokens.length - 1;
    for (const [i, t] of tokens.entries()) if (!(i === last && /-$/.test(l.text))) set.add(t);
  }
  return set;
}

/**
 * The body text size: the size of the lines that open numbered paragraphs (the text a UN
 * document is made of), else the one most characters are set in. Not simply the latter: in
 * a short document the notes can outweigh the text.
 */
function mainSize(lines: readonly Line[]): number {
  const opening = lines.filter((l) => {
    const p = readParagraphMarker(l.text);
    return p !== null && !isYearLike(p.n);
  });
  const count = new Map<number, number>();
  for (const l of opening.length > 0 ? opening : lines)
    count.set(Math.round(l.size * 2) / 2, (count.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 10;
  let most = -1;
  for (const [s, n] of [...count].sort((a, b) => a[0] - b[0])) if (n > most) [best, most] = [s, n];
  return best;
}
