/**
 * PDF bytes → pages of text runs, with pdf.js (the legacy build, the one meant for Node).
 * Every way a PDF can fail to give text becomes one ParseError line saying what to do:
 * encrypted, damaged, too long, or a scan with no text layer.
 *
 * Bold and italic come from the font's own name, which pdf.js hands over only once the
 * font has been loaded for drawing; the operator list is therefore read for a page only
 * when it uses a font not seen on an earlier page (a document has a handful of fonts, so
 * this costs a few pages, not all of them).
 */
import { ParseError } from '../parse-error.js';
import type { PdfPage, TextRun } from './runs.js';
import { fontFace } from './runs.js';

/** Above this a PDF is refused: UN documents run to a few hundred pages at most. */
export const MAX_PDF_PAGES = 1_000;

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}
interface MarkLike {
  type: string;
  tag?: string;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/** Loaded on first use: `kg --help` and Markdown-only runs never pay for pdf.js. */
function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjs) {
    process.on('unhandledRejection', ignorePdfJsInternals);
    pdfjs = import('pdfjs-dist/legacy/build/pdf.mjs');
  }
  return pdfjs;
}

/**
 * On a damaged file pdf.js can leave a promise of its own rejected with nobody waiting for
 * it (seen: an XRefEntryException after the failing call had already been reported), and
 * Node ends the process on an unhandled rejection: one bad PDF would stop a folder of fifty.
 * Those, and only those, are dropped here (the file's own error has been reported); any
 * other unhandled rejection is thrown on, so Node still stops as it would without this.
 */
function ignorePdfJsInternals(reason: unknown): void {
  const stack = (reason as Error | null)?.stack ?? '';
  if (/[\\/]pdfjs-dist[\\/]/.test(stack)) return;
  throw reason;
}

export async function readPages(raw: Uint8Array, sourceFile: string, maxPages = MAX_PDF_PAGES): Promise<PdfPage[]> {
  // pdf.js rebuilds a cut-off file from what is left and would hand back its first pages as
  // if they were the document; a PDF ends with "%%EOF", so a missing marker is refused.
  if (!new TextDecoder('latin1').decode(raw.subarray(Math.max(0, raw.byteLength - 1024))).includes('%%EOF')) {
    throw new ParseError(sourceFile, 'truncated PDF (no end-of-file marker): the download or copy was cut short; fetch the file again');
  }
  const lib = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(raw),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Tolerant, as PDF viewers are: a font or image pdf.js cannot decode must not cost the
    // text of an official document. (Random damage inside a content stream is then read
    // around, not refused; a cut-off file is refused above.)
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw new ParseError(sourceFile, openProblem(err));
  }
  try {
    if (doc.numPages > maxPages) {
      throw new ParseError(sourceFile, `PDF has ${doc.numPages} pages, over the limit of ${maxPages}; split it into several files`);
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: true });
      const items = content.items as (TextItemLike | MarkLike)[];
      if (items.some((it) => 'fontName' in it && it.str.trim() !== '' && !page.commonObjs.has(it.fontName))) {
        // Only for the fonts' names (bold, italic): a page that cannot be drawn still has its text.
        await page.getOperatorList().catch(() => undefined);
      }
      pages.push({ number: n, width: view.width, height: view.height, runs: toRuns(items, page.commonObjs) });
      page.cleanup();
    }
    if (!pages.some((p) => p.runs.some((r) => /[\p{L}\p{N}]/u.test(r.text)))) {
      throw new ParseError(sourceFile, 'PDF has no text layer (a scan?): run OCR first, e.g. ocrmypdf, then ingest the result');
    }
    return pages;
  } catch (err) {
    if (err instanceof ParseError) throw err;
    throw new ParseError(sourceFile, `damaged PDF: ${firstLine(err)}`);
  } finally {
    await doc.destroy();
  }
}

function toRuns(items: readonly (TextItemLike | MarkLike)[], fonts: { has(id: string): boolean; get(id: string): unknown }): TextRun[] {
  const runs: TextRun[] = [];
  // Marked content nests; an Artifact anywhere up the stack makes its text an artifact.
  const stack: boolean[] = [];
  const faces = new Map<string, ReturnType<typeof fontFace>>();
  for (const it of items) {
    if (!('fontName' in it)) {
      if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps')
        stack.push(it.tag === 'Artifact' || stack.at(-1) === true);
      else if (it.type === 'endMarkedContent') stack.pop();
      continue;
    }
    if (it.str === '') continue;
    let face = faces.get(it.fontName);
    if (!face) {
      const font = fonts.has(it.fontName) ? (fonts.get(it.fontName) as { name?: string } | null) : null;
      face = fontFace(font?.name ?? '');
      faces.set(it.fontName, face);
    }
    const [a, b, c, d, e, f] = it.transform as [number, number, number, number, number, number];
    // Rotated text (a sideways margin note) is not part of the reading flow.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
    runs.push({
      text: it.str,
      x: e,
      y: f,
      width: it.width,
      size: Math.abs(d),
      bold: face.bold,
      italic: face.italic,
      barcode: face.barcode,
      artifact: stack.at(-1) === true,
    });
  }
  return runs;
}

function openProblem(err: unknown): string {
  const name = (err as { name?: string }).name ?? '';
  if (name === 'PasswordException') return 'PDF is encrypted (password-protected); save an unprotected copy and ingest that';
  if (name === 'InvalidPDFException') return `not a readable PDF (damaged or truncated: ${firstLine(err)})`;
  return `damaged PDF: ${firstLine(err)}`;
}

function firstLine(err: unknown): string {
  return (String((err as Error).message ?? err).split('\n')[0] ?? '').trim() || 'unknown error';
}
