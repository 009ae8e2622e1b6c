/**
 * Tables in a PDF. A PDF has no table, only text drawn at places: read line by line, a row
 * whose cells wrap comes out interleaved ("10.00– Opening remarks …", "Plenary 10.20"), and a
 * panellist's name is cut from the organization beside it. A table is told from the layout:
 *
 * - a baseline whose words stand in several cells (gaps wider than CELL_GAP times the type
 *   size, wider than any space between words of justified prose), and at least one more such
 *   baseline right under it with cells starting at the same places: those places are the
 *   columns;
 * - the table goes on while baselines follow at no more than TABLE_GAP times their size, in
 *   the same type size, with every cell starting at a column;
 * - rows: cells are padded, so the space between two rows is wider than the space between the
 *   lines of one cell; where the spacing is even, a line with text in the first column starts
 *   a row.
 *
 * Each row is then read cell by cell, each cell's lines in order, as the Word reader reads a
 * table row: "cell | cell | cell".
 */
import type { Line } from './lines.js';

/** A gap in a line wider than this many times its size may separate cells (a space is ~0.25). */
export const CELL_GAP = 0.8;
/** Baselines of one table are at most this many times the type size apart. */
const TABLE_GAP = 2.2;
/** Cells starting this close (points) start at the same column. */
const ALIGN = 3;
/** A gap between baselines this much wider than the closest is a gap between rows. */
const ROW_SPACING = 1.15;

export interface TableRow {
  cells: string[];
  refs: string[];
  page: number;
}

export type Piece = { kind: 'lines'; lines: Line[] } | { kind: 'table'; rows: TableRow[] };

interface Cell {
  x: number;
  text: string;
}

interface Baseline {
  y: number;
  size: number;
  lines: Line[];
  cells: Cell[];
}

/** A page's body lines (top to bottom) cut into runs of lines and tables, in order. */
export function splitTables(lines: readonly Line[]): Piece[] {
  const baselines = toBaselines(lines);
  const pieces: Piece[] = [];
  let loose: Line[] = [];
  let i = 0;
  while (i < baselines.length) {
    const end = tableEnd(baselines, i);
    if (end === null) {
      loose.push(...(baselines[i] as Baseline).lines);
      i++;
      continue;
    }
    if (loose.length > 0) pieces.push({ kind: 'lines', lines: loose });
    loose = [];
    pieces.push({ kind: 'table', rows: readRows(baselines.slice(i, end)) });
    i = end;
  }
  if (loose.length > 0) pieces.push({ kind: 'lines', lines: loose });
  return pieces;
}

function toBaselines(lines: readonly Line[]): Baseline[] {
  const out: Baseline[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - line.y) <= 0.3 * Math.min(last.size, line.size)) {
      last.lines.push(line);
      last.cells.push(...line.cells);
      last.cells.sort((a, b) => a.x - b.x);
    } else {
      out.push({ y: line.y, size: line.size, lines: [line], cells: [...line.cells] });
    }
  }
  return out;
}

/** Where the table starting at baseline `start` ends (exclusive), or null if none starts there. */
function tableEnd(baselines: readonly Baseline[], start: number): number | null {
  const first = baselines[start] as Baseline;
  if (first.cells.length < 2) return null;
  const columns = first.cells.map((c) => c.x);
  let end = start + 1;
  let aligned = 1;
  while (end < baselines.length) {
    const b = baselines[end] as Baseline;
    const prev = baselines[end - 1] as Baseline;
    if (prev.y - b.y > TABLE_GAP * Math.max(prev.size, b.size) || b.y >= prev.y) break;
    if (Math.abs(b.size - first.size) > 0.6) break;
    if (!b.cells.every((c) => columns.some((x) => Math.abs(x - c.x) <= ALIGN))) break;
    if (b.cells.length >= 2) aligned++;
    end++;
  }
  return aligned >= 2 ? end : null;
}

function readRows(baselines: readonly Baseline[]): TableRow[] {
  const columns = [...new Set(baselines.flatMap((b) => b.cells.map((c) => c.x)))].sort((a, b) => a - b);
  const starts: number[] = [];
  for (const x of columns) if (starts.length === 0 || x - (starts[starts.length - 1] as number) > ALIGN) starts.push(x);
  const column = (x: number): number => {
    let k = 0;
    for (const [j, s] of starts.entries()) if (x >= s - ALIGN) k = j;
    return k;
  };
  const gaps = baselines.slice(1).map((b, i) => (baselines[i] as Baseline).y - b.y);
  const closest = Math.min(...gaps);
  const even = gaps.every((g) => g <= ROW_SPACING * closest);

  const rows: { cells: string[][]; refs: string[]; page: number }[] = [];
  for (const [i, b] of baselines.entries()) {
    const newRow = i === 0 || (even ? b.cells.some((c) => column(c.x) === 0) : (gaps[i - 1] as number) > ROW_SPACING * closest);
    if (newRow) rows.push({ cells: starts.map(() => []), refs: [], page: (b.lines[0] as Line).page });
    const row = rows[rows.length - 1] as (typeof rows)[number];
    for (const c of b.cells) (row.cells[column(c.x)] as string[]).push(c.text);
    for (const l of b.lines) row.refs.push(...(l.lead !== null ? [l.lead] : []), ...l.refs);
  }
  return rows.map((r) => ({ cells: r.cells.map(joinCell), refs: r.refs, page: r.page }));
}

/** A cell's lines as one text: a line ending on a dash goes on without a space ("10.00–" "10.20"). */
function joinCell(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) out = out === '' || /[-–]$/.test(out) ? out + p : `${out} ${p}`;
  return out;
}
