/**
 * Page-foot footnotes. At the foot of a UN page, below the text, notes are set smaller than
 * the body, each starting with its number as a raised mark ("¹ JS1, para. 7."). A page's
 * footnote zone is therefore the run of lines, counted up from the bottom, that are smaller
 * than the body text; inside it a line with a leading mark (or a "*" for the title note)
 * starts a note and the lines after it continue that note.
 *
 * Zone lines above the first note of a page are the rest of the last note of an earlier
 * page (a long note runs over). With no earlier note they are not notes at all, but small
 * body text (a table, a source line), and stay in the body.
 *
 * The same reading serves endnotes: a "Notes" section of small numbered notes is a zone
 * that starts under its heading and fills the pages after it.
 */
import type { Line } from './lines.js';
import { readBareNoteMarker } from '../numbering.js';

export interface NoteDraft {
  number: string;
  lines: Line[];
  /** Characters of the first line that are the printed number ("* ", "12 "), not text. */
  skip: number;
}

/** Smaller than this fraction of the body size is footnote-sized. */
const NOTE_SIZE = 0.95;

export interface PageSplit {
  body: Line[];
  /** Lines continuing the previous page's last note. */
  continued: Line[];
  notes: NoteDraft[];
}

export function splitFootnotes(lines: readonly Line[], bodySize: number, lastNote: string | null): PageSplit {
  let start = lines.length;
  while (start > 0 && (lines[start - 1] as Line).size < NOTE_SIZE * bodySize) start--;
  const zone = lines.slice(start);
  const notes: NoteDraft[] = [];
  const before: Line[] = [];
  let last = lastNote;
  for (const line of zone) {
    const found = noteStart(line, last);
    if (found !== null) {
      notes.push({ number: found.number, lines: [line], skip: found.skip });
      if (/^\d+$/.test(found.number)) last = found.number;
    } else if (notes.length > 0) {
      (notes[notes.length - 1] as NoteDraft).lines.push(line);
    } else {
      before.push(line);
    }
  }
  if (notes.length === 0 && lastNote === null) return { body: [...lines], continued: [], notes: [] };
  if (lastNote === null) return { body: [...lines.slice(0, start), ...before], continued: [], notes };
  return { body: lines.slice(0, start), continued: before, notes };
}

/** The number a zone line starts a note with, or null for a continuation line. */
function noteStart(line: Line, last: string | null): { number: string; skip: number } | null {
  if (line.lead !== null) return { number: line.lead, skip: 0 };
  const star = /^([*†‡]+)\s+/.exec(line.text);
  if (star) return { number: star[1] as string, skip: star[0].length };
  // Notes numbered in plain digits ("12 See …"): only the next number in sequence, so a
  // continuation line starting with a year or a paragraph number stays a continuation.
  const bare = readBareNoteMarker(line.text);
  if (bare && last !== null && /^\d+$/.test(last) && bare.n === Number(last) + 1) return { number: bare.printed, skip: bare.rest };
  return null;
}
