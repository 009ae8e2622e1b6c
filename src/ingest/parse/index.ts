/**
 * parse: one file → ParsedDocument (see parsed-document.ts for the hand-off contract).
 *
 *   bytes ─ sniff ─┬─ PDF: pdf/ (layout → blocks) ──────────────────────────────────────────┐
 *                  ├─ Word .docx: docx/ (WordprocessingML, numbering rebuilt) ───────────┤
 *                  └─ decode-input ─> text ─ detect-format ─┬─ markdown-blocks ────────────┤
 *                                                           │   (markdown-chunks → remark, │
 *                                                           │    fast path, light reader)  │
 *                                                           └─ text-blocks (plain lines) ──┴─> blocks
 *   blocks ─ assemble (UN numbering rules) ─> title lines, sections, paragraph drafts, footnotes
 *          ─ finish here: footnote digits out (reading order), whitespace, lettered items,
 *            title/symbol/date from the title block ─> ParsedDocument
 *
 * Pure: the same bytes always give the same document (load relies on it to make re-ingest a
 * no-op), and a failure is always a ParseError naming the file. Text and Markdown parse
 * synchronously (parseDocument); parseFile takes any supported file and is async, because
 * the PDF library is.
 */
import { createHash } from 'node:crypto';
import { assemble } from './assemble.js';
import { docxBlocks } from './docx/index.js';
import type { Block } from './block.js';
import { decodeInput, MAX_DOCUMENT_BYTES } from './decode-input.js';
import type { DocumentFormat } from './detect-format.js';
import { detectFormat } from './detect-format.js';
import { finishParagraph, finishText } from './drafts.js';
import type { FlowEntry } from './assemble.js';
import { countWords, FootnoteRefScanner } from './footnote-refs.js';
import { markdownBlocks } from './markdown-blocks.js';
import { normalizeSpace } from './normalize-space.js';
import { ParseError } from './parse-error.js';
import type { ParsedBlock, ParsedDocument, ParsedFootnote, ParsedParagraph } from './parsed-document.js';
import { pdfBlocks } from './pdf/index.js';
import { sniffKind } from './sniff.js';
import { plainTextBlocks } from './text-blocks.js';
import { readTitleBlock } from './title-block.js';

export { ParseError } from './parse-error.js';
export { MAX_DOCUMENT_BYTES } from './decode-input.js';
export { MAX_PDF_PAGES } from './pdf/index.js';
export type { ParsedBlock, ParsedDocument, ParsedFootnote, ParsedItem, ParsedParagraph, ParsedSection } from './parsed-document.js';

/**
 * Above this many numbered paragraphs a document is refused. UN documents have tens to a few
 * hundred (the largest in the corpus: 338 with its sub-numbered recommendations), and a
 * document is loaded in one transaction (all or nothing), whose cost grows faster than its
 * size: 5,000 paragraphs that each mention one concept load in ~12 s, 20,000 took over five
 * minutes (each MERGE of a relationship onto a node already holding thousands from the same
 * transaction looks through them), and 100,000 ran for minutes, then broke Neo4j's
 * transaction memory limit with a message no user can act on. The parser itself copes with
 * 100,000 (ParseOptions.maxParagraphs lifts the limit).
 */
export const MAX_PARAGRAPHS = 5_000;

/**
 * Above this a PDF or Word file is refused. Its text is a small part of it (an official
 * 20-page PDF is 0.1 to 0.5 MB, more with photographs); what bounds the work is the page
 * count (MAX_PDF_PAGES), this only keeps a runaway file out of memory.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface ParseFileOptions extends ParseOptions {
  /** Refuse PDF and Word files larger than this many bytes (default MAX_FILE_BYTES, 100 MB). */
  maxFileBytes?: number;
  /** Refuse PDFs with more pages than this (default MAX_PDF_PAGES, 1,000). */
  maxPages?: number;
}

export interface ParseOptions {
  /** Refuse files larger than this many bytes (default MAX_DOCUMENT_BYTES, 20 MB). */
  maxBytes?: number;
  /** Refuse documents with more numbered paragraphs than this (default MAX_PARAGRAPHS). */
  maxParagraphs?: number;
  /** Skip format detection (by extension, then by markup found in the text). */
  format?: DocumentFormat;
}

/** Parses one text or Markdown document. Throws ParseError (one line, naming the file) when it cannot. */
export function parseDocument(raw: Buffer | Uint8Array, sourceFile: string, options: ParseOptions = {}): ParsedDocument {
  const text = decodeInput(raw, sourceFile, options.maxBytes ?? MAX_DOCUMENT_BYTES);
  const format = options.format ?? detectFormat(sourceFile, text);
  return documentFromBlocks(readBlocks(text, format, sourceFile), raw, sourceFile, format, options);
}

/**
 * Parses any supported file, choosing the reader by what the bytes are (sniff.ts): PDF and
 * Word are read by their own readers into the same blocks; everything else goes through
 * parseDocument. Async because the PDF (and Word) libraries are.
 */
export async function parseFile(raw: Buffer | Uint8Array, sourceFile: string, options: ParseFileOptions = {}): Promise<ParsedDocument> {
  const kind = sniffKind(raw);
  // A PDF carries fonts and images besides its text: its size limit is its own.
  const maxBytes = kind === 'pdf' || kind === 'docx' ? (options.maxFileBytes ?? MAX_FILE_BYTES) : (options.maxBytes ?? MAX_DOCUMENT_BYTES);
  if (raw.byteLength > maxBytes) throw new ParseError(sourceFile, `file is ${raw.byteLength} bytes, over the limit of ${maxBytes} bytes`);
  switch (kind) {
    case 'pdf':
      return documentFromBlocks(await pdfBlocks(raw, sourceFile, { maxPages: options.maxPages }), raw, sourceFile, 'pdf', options);
    case 'docx':
      return documentFromBlocks(await docxBlocks(raw, sourceFile), raw, sourceFile, 'docx', options);
    case 'ole':
      // An encrypted .docx is an OLE container too: the Word reader tells it from a legacy .doc.
      return documentFromBlocks(await docxBlocks(raw, sourceFile), raw, sourceFile, 'docx', options);
    case 'zip':
      throw new ParseError(sourceFile, 'a ZIP archive, not a document: unpack it and ingest its files');
    case 'text':
      return parseDocument(raw, sourceFile, options);
  }
}

/** Blocks from any reader → the finished document (the UN numbering rules, then clean-up). */
function documentFromBlocks(
  blocks: readonly Block[],
  raw: Uint8Array,
  sourceFile: string,
  format: ParsedDocument['format'],
  options: ParseOptions,
): ParsedDocument {
  const assembled = assemble(blocks, sourceFile);
  const numbered = assembled.flow.reduce((n, e) => n + (e.kind === 'paragraph' ? 1 : 0), 0);
  if (numbered > (options.maxParagraphs ?? MAX_PARAGRAPHS)) {
    throw new ParseError(
      sourceFile,
      `${numbered} numbered paragraphs, over the limit of ${options.maxParagraphs ?? MAX_PARAGRAPHS} per document; split it into several files`,
    );
  }

  const footnotes: ParsedFootnote[] = assembled.footnotes.map((f) => ({ number: f.number, text: normalizeSpace(f.lines.join(' ')) }));
  const known = new Set<number>();
  for (const f of footnotes) if (/^\d+$/.test(f.number)) known.add(Number(f.number));
  const words = known.size > 0 ? countWords(documentTexts(assembled.flow, footnotes)) : new Map<string, number>();
  const refs = new FootnoteRefScanner(known, words);

  const paragraphs: ParsedParagraph[] = [];
  const unnumbered: ParsedBlock[] = [];
  for (const entry of assembled.flow) {
    if (entry.kind === 'section') {
      entry.section.title = normalizeSpace(refs.strip(entry.section.title, true).text);
    } else if (entry.kind === 'paragraph') {
      paragraphs.push(finishParagraph(entry.draft, paragraphs.length, refs));
    } else {
      const { text: blockText } = finishText(entry.draft.parts, refs, []);
      if (blockText === '') continue;
      const block: ParsedBlock = { order: unnumbered.length, sectionKey: entry.draft.sectionKey, text: blockText };
      if (entry.draft.bullet) {
        block.bullet = true;
        block.paragraphsBefore = paragraphs.length;
      }
      unnumbered.push(block);
    }
  }

  const info = readTitleBlock(assembled.titleLines, assembled.comments);
  // A title's own note ("… of proceeds of corruption¹", a Word heading's footnote reference)
  // is glued to its last word like a heading's: the title comes first, so its note is the first.
  const title = info.title === null ? null : normalizeSpace(new FootnoteRefScanner(known, words).strip(info.title, true).text);
  return {
    sourceFile,
    checksum: createHash('sha256').update(raw).digest('hex'),
    format,
    title,
    symbol: info.symbol,
    date: info.date,
    titleBlock: assembled.titleLines.map((l) => l.text),
    sections: assembled.sections,
    paragraphs,
    footnotes,
    unnumbered,
  };
}

/** Every text of the document, before footnote digits are stripped (for word counts). */
function* documentTexts(flow: readonly FlowEntry[], footnotes: readonly ParsedFootnote[]): Generator<string> {
  for (const entry of flow) {
    if (entry.kind === 'section') yield entry.section.title;
    else for (const part of entry.draft.parts) yield* part.lines;
  }
  for (const f of footnotes) yield f.text;
}

function readBlocks(text: string, format: DocumentFormat, sourceFile: string): Block[] {
  if (format === 'text') return plainTextBlocks(text);
  try {
    return markdownBlocks(text);
  } catch (err) {
    // The Markdown parser recurses on some constructs; absurd nesting can exhaust the stack.
    if (err instanceof RangeError) throw new ParseError(sourceFile, `markup too deeply nested to parse (${err.message})`);
    throw err;
  }
}
