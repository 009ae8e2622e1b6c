/**
 * Runs → lines. Two things make this more than "sort by y":
 *
 * - Footnote marks are small raised digits ("submissions¹ to the"). They are drawn a little
 *   above the line they belong to, so a first grouping by baseline puts them on a line of
 *   their own; such a line of nothing but small marks, raised by a fraction of the size of
 *   the line just below it, is folded back into that line as its references. Text never
 *   keeps the digit, so "submissions1" cannot happen.
 * - Title pages set text in two columns ("United Nations" … "A/HRC/43/15"); a horizontal gap
 *   wider than a few characters splits a baseline into separate lines.
 */
import type { PdfPage, TextRun } from './runs.js';
import { CELL_GAP } from './tables.js';

export interface Line {
  page: number;
  /** Baseline, points from the page bottom. */
  y: number;
  x: number;
  right: number;
  /** The size most of the line's characters have. */
  size: number;
  bold: boolean;
  italic: boolean;
  text: string;
  /** Footnote marks inside or at the end of the line, in order. */
  refs: string[];
  /** A mark standing before any text: the line starts a footnote ("¹ JS1, para. 7."). */
  lead: string | null;
  /** Every run is an artifact (tagged PDFs mark headers and footers so). */
  artifact: boolean;
  barcode: boolean;
  /**
   * The line's words in the pieces set apart by gaps wider than CELL_GAP times the size: the
   * cells of a table row (tables.ts). A paragraph or item number set apart from its text
   * ("5." tab "The dialogue …") is not a cell of its own.
   */
  cells: Cell[];
}

export interface Cell {
  x: number;
  text: string;
}

interface RawLine {
  y: number;
  /** Baseline of the run added last (sorting is by baseline, so runs drift by small steps). */
  lastY: number;
  size: number;
  runs: TextRun[];
  marks: TextRun[];
}

/** A mark: digits, asterisks or daggers, possibly several ("1, 2"). */
const MARK_TEXT = /^[\s\d*†‡,]+$/;
/**
 * Marks are at most this fraction of the size of the line they belong to. Word sets a
 * superscript at about 2/3 of the size; a browser's <sup> (font-size: smaller) at 5/6, which
 * is how a PDF printed from HTML (Chromium, wkhtmltopdf) draws its marks.
 */
const MARK_SIZE = 0.86;
/** …and raised above its baseline by at least / at most this fraction of that size. */
const MARK_RISE_MIN = 0.1;
const MARK_RISE_MAX = 0.7;
/** A gap wider than this many times the font size separates columns. */
const COLUMN_GAP = 3;

export function pageLines(page: PdfPage): Line[] {
  const raw = groupByBaseline(page.runs);
  foldMarks(raw);
  const out: Line[] = [];
  for (const r of raw) if (r.runs.length > 0) out.push(...splitColumns(r).map((runs) => toLine(page.number, r, runs)));
  return out.filter((l) => l.text !== '' || l.lead !== null || l.refs.length > 0);
}

function groupByBaseline(runs: readonly TextRun[]): RawLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.lastY - run.y) <= 0.2 * Math.min(last.size, run.size)) {
      last.runs.push(run);
      last.lastY = run.y;
      if (run.text.trim() !== '' && run.size > last.size) last.size = run.size;
    } else {
      lines.push({ y: run.y, lastY: run.y, size: run.size, runs: [run], marks: [] });
    }
  }
  for (const l of lines) {
    l.runs.sort((a, b) => a.x - b.x);
    l.size = dominantSize(l.runs) ?? l.size;
  }
  return lines;
}

/** Lines of nothing but small raised marks become the marks of the line below them. */
function foldMarks(lines: RawLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as RawLine;
    if (!l.runs.every((r) => MARK_TEXT.test(r.text)) || !l.runs.some((r) => /[\d*†‡]/.test(r.text))) continue;
    for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
      const below = lines[j] as RawLine;
      const rise = l.y - below.y;
      if (rise > MARK_RISE_MAX * below.size) break;
      if (rise < MARK_RISE_MIN * below.size || l.size > MARK_SIZE * below.size) continue;
      if (!overlaps(l.runs, below.runs, below.size)) continue;
      below.marks.push(...l.runs);
      below.runs.push(...l.runs);
      below.runs.sort((a, b) => a.x - b.x);
      l.runs = [];
      break;
    }
  }
}

function overlaps(marks: readonly TextRun[], runs: readonly TextRun[], size: number): boolean {
  const left = Math.min(...runs.map((r) => r.x)) - 2 * size;
  const right = Math.max(...runs.map((r) => r.x + r.width)) + 2 * size;
  return marks.every((m) => m.x >= left && m.x <= right);
}

function splitColumns(line: RawLine): TextRun[][] {
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let end = -Infinity;
  for (const run of line.runs) {
    if (current.length > 0 && run.text.trim() !== '' && run.x - end > COLUMN_GAP * line.size) {
      groups.push(current);
      current = [];
    }
    current.push(run);
    if (run.text.trim() !== '') end = Math.max(end, run.x + run.width);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function toLine(page: number, raw: RawLine, runs: readonly TextRun[]): Line {
  const marks = new Set(raw.marks);
  const refs: string[] = [];
  let lead: string | null = null;
  let text = '';
  let end: number | null = null;
  let afterMark = false;
  let markWidth = 0;
  // a mark drawn together with a space ("rights.⁵ AI stated" as the runs "rights.", "5 ",
  // "AI stated"): the space is the words', not the mark's, and stays when the mark goes
  let markSpaced = false;
  for (const run of runs) {
    if (marks.has(run) && run.text.trim() !== '') {
      afterMark = true;
      if (/\s$/.test(run.text)) markSpaced = true;
      // The space around a mark, less the mark itself, decides whether the words it sat
      // between are apart ("couples.¹ EU-FRA") or not ("cell⁴⁶)").
      markWidth += run.width;
      const found = run.text.split(/[\s,]+/).filter((t) => t !== '');
      if (text.trim() === '' && lead === null && found.length === 1) lead = found[0] as string;
      else refs.push(...found);
      continue;
    }
    if (run.text.trim() === '') {
      if (text !== '' && !text.endsWith(' ')) text += ' ';
      end = run.x + run.width;
      markWidth = 0;
      continue;
    }
    // "cell¹ )": the space a footnote mark leaves before closing punctuation is not text.
    if (afterMark && /^[),.;:!?\]]/.test(run.text)) text = text.trimEnd();
    else if (afterMark && markSpaced && text !== '' && !text.endsWith(' ')) text += ' ';
    afterMark = false;
    markSpaced = false;
    // Words drawn apart with no space character between them (justified text, or a mark taken out).
    if (end !== null && text !== '' && !text.endsWith(' ') && !/^\s/.test(run.text) && run.x - end - markWidth > 0.15 * run.size)
      text += ' ';
    text += run.text;
    end = run.x + run.width;
    markWidth = 0;
  }
  const visible = runs.filter((r) => !marks.has(r) && r.text.trim() !== '');
  const chars = (pick: (r: TextRun) => boolean): number => visible.reduce((n, r) => n + (pick(r) ? r.text.trim().length : 0), 0);
  const total = chars(() => true);
  const first = visible[0];
  return {
    page,
    y: raw.y,
    x: first ? first.x : (runs[0] as TextRun).x,
    right: visible.reduce((m, r) => Math.max(m, r.x + r.width), -Infinity),
    size: dominantSize(visible) ?? raw.size,
    bold: total > 0 && chars((r) => r.bold) >= 0.9 * total,
    italic: total > 0 && chars((r) => r.italic) >= 0.9 * total,
    text: text.replace(/\s+/g, ' ').trim(),
    refs,
    lead,
    artifact: runs.every((r) => r.artifact),
    barcode: runs.some((r) => r.barcode),
    cells: cellsOf(runs, marks),
  };
}

/** A number, letter or bullet standing alone before a text: "5.", "121.4", "(a)", "IV.", "•". */
const MARKER = /^(?:\(?[\dA-Za-z]{1,5}[.)]|\d{1,4}(?:\.\d{1,4})+\.?|[•▪◦●‣■□➢–-])$/u;

/** The cells of a line: its words, split at wide gaps. A note mark is no gap ("erased”.²³ It …"). */
function cellsOf(runs: readonly TextRun[], marks: ReadonlySet<TextRun>): Cell[] {
  const cells: Cell[] = [];
  let end = -Infinity;
  let afterMark = false;
  for (const run of runs) {
    const text = run.text.trim();
    if (text === '') continue;
    if (marks.has(run)) {
      end = Math.max(end, run.x + run.width);
      afterMark = true;
      continue;
    }
    const spaced = afterMark && run.x > end;
    afterMark = false;
    const last = cells[cells.length - 1];
    if (last && run.x - end > CELL_GAP * run.size && !MARKER.test(last.text)) cells.push({ x: run.x, text });
    else if (last) last.text += spaced || run.x - end > 0.15 * run.size || /^\s/.test(run.text) ? ` ${text}` : text;
    else cells.push({ x: run.x, text });
    end = run.x + run.width;
  }
  return cells;
}

/** The size carrying the most characters (ties: the larger). */
export function dominantSize(runs: readonly TextRun[]): number | null {
  const count = new Map<number, number>();
  for (const r of runs) {
    const n = r.text.trim().length;
    if (n === 0) continue;
    const s = Math.round(r.size * 10) / 10;
    count.set(s, (count.get(s) ?? 0) + n);
  }
  let best: number | null = null;
  let most = 0;
  for (const [s, n] of count) if (n > most || (n === most && best !== null && s > best)) [best, most] = [s, n];
  return best;
}
