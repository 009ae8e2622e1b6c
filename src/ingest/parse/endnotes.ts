/**
 * Endnotes as PDF converters leave them: a "Notes" section (often a fenced block) of lines,
 * each note starting with its number and running on over continuation lines indented by
 * any amount, sometimes with the number alone on its line and the text on the next:
 *
 *          1   The stakeholders listed below …
 *              original submissions are available at: www.ohchr.org.
 *      3
 *        For relevant recommendations see A/HRC/28/15, paras. 115.1 …
 *
 * Indentation is useless (it changes from page to page), so the number sequence decides: a
 * line starts a note only when its leading number is the next one (allowing up to two
 * missing numbers). Continuation lines that start with other numbers ("2017 ACFC/OP/IV …",
 * "115.79, 115.80 …") therefore stay with their note.
 */
import type { ParsedFootnote } from './parsed-document.js';
import { normalizeSpace } from './normalize-space.js';

const NOTE_START = /^\s*(\d{1,4})[.)]?(?:\s+|$)/;
const MAX_GAP = 3;

export class EndnoteReader {
  /** Lines before the first note (a heading line, an explanation): kept by the caller. */
  readonly preamble: string[] = [];
  private readonly notes: { number: string; parts: string[] }[] = [];
  private last: number | null = null;

  feed(text: string): void {
    for (const line of text.split('\n')) this.feedLine(line);
  }

  feedLine(line: string): void {
    if (line.trim() === '') return;
    const m = NOTE_START.exec(line);
    if (m) {
      const n = Number(m[1]);
      if (this.last === null || (n > this.last && n <= this.last + MAX_GAP)) {
        this.last = n;
        this.notes.push({ number: String(n), parts: [line.slice(m[0].length)] });
        return;
      }
    }
    const current = this.notes[this.notes.length - 1];
    if (current) current.parts.push(line);
    else this.preamble.push(line);
  }

  /** A note given whole (`<sup>7</sup> …` inside the notes): keeps the sequence in step. */
  addWhole(number: string, text: string): void {
    const n = Number(number);
    if (Number.isInteger(n)) this.last = n;
    this.notes.push({ number, parts: [text] });
  }

  footnotes(): ParsedFootnote[] {
    return this.notes.map((n) => ({ number: n.number, text: normalizeSpace(n.parts.join(' ')) }));
  }
}
