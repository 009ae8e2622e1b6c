/**
 * Running headers and footers ("furniture"): the document symbol at the top of every page,
 * the page number, the GE job number ("GE.19-21412(E)") and the barcode at the foot of the
 * first page. They are told from text by position and repetition, so untagged PDFs are read
 * as well as tagged ones:
 *
 * - only lines in the top or bottom margin band of a page that stand alone are candidates
 *   (the last lines of a page's text, or its footnotes, sit at line spacing from each other
 *   and are never taken);
 * - a candidate goes when it has the shape of a page number or a job number, is drawn in a
 *   barcode font, or is short and repeats in the same band, at the same size, on a quarter
 *   of the pages (numbers ignored in a header of a few words: "Page 3");
 * - a line the PDF tags as an Artifact goes wherever it is: the producer said it is not text.
 *
 * A title-page line in the band ("United Nations", the symbol in large type) occurs once
 * and has no such shape, so it stays.
 */
import type { Line } from './lines.js';
import type { PdfPage } from './runs.js';

/** Fractions of the page height searched for headers (top) and footers (bottom). */
const TOP_BAND = 0.12;
const BOTTOM_BAND = 0.15;
/** An outer line further than this many times its size from the text is set apart from it. */
const APART = 1.5;
/** Running headers are short ("A/HRC/43/15", "Page 3"); a line of prose is not one. */
const MAX_HEADER_WORDS = 12;
/** Up to this many words, a header may carry a changing number ("Page 3", "A/HRC/43/15 3"). */
const NUMBERED_HEADER_WORDS = 4;

const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** UN job numbers: "GE.19-21412(E)", "GE.10-12049", "GE.19-21412 (E) 131219 161219", "19-12345 (E)", "V.19-01234 (E)". */
const JOB_NUMBER = /^(?:(?:[A-Z]{1,3}\.)?\d{2}-\d{5}\s*\([A-Z]\)|[A-Z]{1,3}\.\d{2}-\d{5})(?:\s+\d{6}){0,2}\s*$/;
/** Barcode text as some producers leave it: "*1921412*". */
const BARCODE_TEXT = /^\*[\dA-Z]{5,}\*$/;

type Band = 'top' | 'bottom';

export function removeFurniture(pages: readonly PdfPage[], lines: readonly Line[][]): Line[][] {
  const outer = lines.map((pageLines, i) => outerLines(pageLines, (pages[i] as PdfPage).height));
  // On how many pages each short outer text occurs.
  const seen = new Map<string, Set<number>>();
  for (const pageOuter of outer) {
    for (const [l, band] of pageOuter) {
      if (l.text.split(/\s+/).length > MAX_HEADER_WORDS) continue;
      const k = key(l, band);
      let s = seen.get(k);
      if (!s) seen.set(k, (s = new Set()));
      s.add(l.page);
    }
  }
  const repeats = Math.max(2, Math.ceil(pages.length * 0.25));
  return lines.map((pageLines, i) =>
    pageLines.filter((l) => {
      if (l.artifact || l.barcode) return false;
      const band = (outer[i] as Map<Line, Band>).get(l);
      if (!band) return true;
      const t = l.text.trim();
      if (t === '' || PAGE_NUMBER.test(t) || JOB_NUMBER.test(t) || BARCODE_TEXT.test(t)) return false;
      return (seen.get(key(l, band))?.size ?? 0) < repeats;
    }),
  );
}

/**
 * Lines in a margin band that stand alone: further than line spacing from every other line
 * (lines on the same baseline, such as a page number beside the symbol, and barcodes aside). The last
 * lines of a page's text and its footnotes sit at line spacing from each other, so they are
 * never candidates, whatever they say. `lines` are top-down.
 */
function outerLines(lines: readonly Line[], height: number): Map<Line, Band> {
  const out = new Map<Line, Band>();
  for (const [i, l] of lines.entries()) {
    const band: Band | null = l.y > height * (1 - TOP_BAND) ? 'top' : l.y < height * BOTTOM_BAND ? 'bottom' : null;
    if (band && apart(l, lines, i)) out.set(l, band);
  }
  return out;
}

function apart(l: Line, lines: readonly Line[], i: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const other = lines[j] as Line;
      const gap = Math.abs(other.y - l.y);
      // Beside the line, or going anyway (a barcode under the job number): not a neighbour.
      if (gap < 1 || other.barcode || other.artifact) continue;
      if (gap <= APART * Math.max(l.size, other.size)) return false;
      break;
    }
  }
  return true;
}

/** Same band, same size, same text; in a header of a few words numbers may change ("Page 3"). */
function key(l: Line, band: Band): string {
  const text = l.text.toLowerCase().replace(/\s+/g, ' ');
  return `${band} ${Math.round(l.size)} ${text.split(' ').length <= NUMBERED_HEADER_WORDS ? text.replace(/\d+/g, '#') : text}`;
}
