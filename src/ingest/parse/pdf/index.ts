/**
 * PDF → blocks for the shared assembler:
 *
 *   bytes ─ read-pages (pdf.js: runs with position, size, face, artifact tag)
 *         ─ lines (baselines; raised marks folded in as footnote references; columns split)
 *         ─ furniture (running headers/footers, page and job numbers, barcodes out)
 *         ─ footnotes (the small-type zone at each page foot, notes by their marks)
 *         ─ blocks (title lines, headings, paragraphs mended across pages, hyphens) ─> Block[]
 *
 * The tagged structure of a tagged PDF is used where it is trustworthy: its Artifact marks
 * (headers, footers, page numbers). Its paragraph tags are not: Word splits a justified
 * paragraph into several tagged pieces, so paragraphs come from the layout in every PDF.
 */
import type { Block } from '../block.js';
import { pdfPagesToBlocks } from './blocks.js';
import { MAX_PDF_PAGES, readPages } from './read-pages.js';

export { MAX_PDF_PAGES } from './read-pages.js';

export interface PdfReadOptions {
  maxPages?: number;
}

export async function pdfBlocks(raw: Uint8Array, sourceFile: string, options: PdfReadOptions = {}): Promise<Block[]> {
  const pages = await readPages(raw, sourceFile, options.maxPages ?? MAX_PDF_PAGES);
  return pdfPagesToBlocks(pages);
}
