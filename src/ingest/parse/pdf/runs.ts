/**
 * The PDF reader's raw material: pieces of text as the page draws them ("runs"), with where
 * and how. Everything later (lines, running headers, footnotes, headings) is decided from
 * these facts alone, so it can be tested without a PDF.
 */
export interface TextRun {
  text: string;
  /** Baseline origin, in PDF points from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix scale). */
  size: number;
  bold: boolean;
  italic: boolean;
  /** A barcode font: the glyphs draw bars, not letters. */
  barcode: boolean;
  /** Inside marked content the PDF itself tags as an Artifact (headers, footers, page numbers). */
  artifact: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

/** What a font's name says about its face: "TimesNewRomanPS-BoldMT", "Times New Roman,Bold". */
export function fontFace(name: string): { bold: boolean; italic: boolean; barcode: boolean } {
  const n = name.replace(/^[A-Z]{6}\+/, '');
  return {
    bold: /bold|black|heavy|semibold|demi/i.test(n),
    italic: /italic|oblique/i.test(n),
    barcode: /^(C39|Code ?39|Code ?128|IDAutomation|Free ?3 ?of ?9|Barcode)/i.test(n),
  };
}
