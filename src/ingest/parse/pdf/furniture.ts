/**
 * Running headers and footers ("furniture"): the document symbol at the top of every page,
 * the page number, the GE job number ("GE.19-21412(E)") and the barcode at the foot of the
 * first page. They are told from text by position and repetition, so untagged PDFs are read
 * as well as tagged ones:
 *
 * - only lines in the top or bottom margin band of a page are candidates;
 * - a candidate goes when it has the shape of a page number or a job number, is drawn in a
 *   barcode font, or repeats (digits ignored, same size) in the same band on other pages;
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

const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** UN job numbers: "GE.19-21412(E)", "GE.10-12049", "GE.19-21412 (E) 131219 161219", "19-12345 (E)", "V.19-01234 (E)". */
const JOB_NUMBER = /^(?:(?:[A-Z]{1,3}\.)?\d{2}-\d{5}\s*\([A-Z]\)|[A-Z]{1,3}\.\d{2}-\d{5})(?:\s+\d{6}){0,2}\s*$/;
/** Barcode text as some producers leave it: "*1921412*". */
const BARCODE_TEXT = /^\*[\dA-Z]{5,}\*$/;

type Band = 'top' | 'bottom' | null;

export function removeFurniture(pages: readonly PdfPage[], lines: readonly Line[][]): Line[][] {
  const bandOf = (l: Line): Band => {
    const h = (pages[l.page - 1] as PdfPage).height;
    if (l.y > h * (1 - TOP_BAND)) return 'top';
    if (l.y < h * BOTTOM_BAND) return 'bottom';
    return null;
  };
  // On how many pages each band text occurs.
  const seen = new Map<string, Set<number>>();
  for (const pageLines of lines) {
    for (const l of pageLines) {
      const band = bandOf(l);
      if (!band) continue;
      const k = key(l, band);
      let s = seen.get(k);
      if (!s) seen.set(k, (s = new Set()));
      s.add(l.page);
    }
  }
  const repeats = Math.max(2, Math.ceil(pages.length * 0.25));
  return lines.map((pageLines) =>
    pageLines.filter((l) => {
      if (l.artifact || l.barcode) return false;
      const band = bandOf(l);
      if (!band) return true;
      const t = l.text.trim();
      if (t === '' || PAGE_NUMBER.test(t) || JOB_NUMBER.test(t) || BARCODE_TEXT.test(t)) return false;
      return ((seen.get(key(l, band)) as Set<number>).size ?? 0) < repeats;
    }),
  );
}

function key(l: Line, band: Band): string {
  return `${band} ${Math.round(l.size)} ${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
}
