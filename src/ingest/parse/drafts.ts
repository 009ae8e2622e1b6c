/**
 * Paragraphs, unnumbered blocks and footnotes while they are being collected, and how they
 * become final. Text is gathered as parts (one per source block or numbered line) and only
 * finished at the end, because two things need the whole document first:
 * - glued footnote digits can only be recognised once all footnotes are known (endnotes
 *   come last), and in reading order;
 * - a paragraph broken by a page break gets its second half later.
 *
 * Finishing a paragraph: strip footnote digits part by part (in order), normalise each
 * part's whitespace, join parts with one space, then find lettered items on the final text.
 * Where a part starts is remembered, because "(b)" at the start of its own block is a list
 * entry even without punctuation before it.
 */
import type { FootnoteRefScanner } from './footnote-refs.js';
import { letteredItems } from './lettered-items.js';
import { normalizeSpace } from './normalize-space.js';
import type { ParsedParagraph } from './parsed-document.js';

export interface Part {
  lines: string[];
  /** Footnote references taken from the markup of this part's block. */
  refs: string[];
  /** Pages the part's lines are printed on (PDF only; empty otherwise). */
  pages: number[];
}

export interface ParagraphDraft {
  number: string;
  parentNumber: string | null;
  sectionKey: string | null;
  parts: Part[];
}

export interface UnnumberedDraft {
  sectionKey: string | null;
  parts: Part[];
  /** Opened by a bullet item ("• …", "- …") that no numbered paragraph took in. */
  bullet?: boolean;
}

export interface FootnoteDraft {
  number: string;
  lines: string[];
}

/** Something that receives the following lines of the current block. */
export interface Sink {
  push(line: string): void;
  /** Records the page(s) of the line just given (PDF); a no-op where pages are not kept. */
  onPages(pages: readonly number[]): void;
}

export const DROP: Sink = { push: () => undefined, onPages: () => undefined };

/** Starts a new part in `parts` with `first` as its first line. */
export function partSink(parts: Part[], first: string, refs: string[] = []): Sink {
  const part: Part = { lines: [first], refs, pages: [] };
  parts.push(part);
  return {
    push: (line) => part.lines.push(line),
    onPages: (pages) => {
      for (const p of pages) if (!part.pages.includes(p)) part.pages.push(p);
    },
  };
}

/** Every page a draft's parts are printed on, in order. */
export function partPages(parts: readonly Part[]): number[] {
  return [...new Set(parts.flatMap((p) => p.pages))].sort((a, b) => a - b);
}

export function lastLine(parts: readonly Part[]): string {
  const part = parts[parts.length - 1];
  return part ? (part.lines[part.lines.length - 1] ?? '') : '';
}

/** Stripped, normalised, joined text plus where each non-empty part starts in it. */
export function finishText(parts: readonly Part[], refs: FootnoteRefScanner, trackRefs: string[]): { text: string; starts: Set<number> } {
  const pieces: string[] = [];
  const starts = new Set<number>();
  let length = 0;
  for (const part of parts) {
    for (const r of part.refs) {
      refs.saw(r);
      trackRefs.push(r);
    }
    const stripped = refs.strip(part.lines.join('\n'));
    for (const r of stripped.refs) trackRefs.push(r);
    const piece = normalizeSpace(stripped.text);
    if (piece === '') continue;
    if (pieces.length > 0) length += 1;
    starts.add(length);
    pieces.push(piece);
    length += piece.length;
  }
  return { text: pieces.join(' '), starts };
}

export function finishParagraph(d: ParagraphDraft, order: number, refs: FootnoteRefScanner): ParsedParagraph {
  const found: string[] = [];
  const { text, starts } = finishText(d.parts, refs, found);
  return {
    number: d.number,
    order,
    text,
    sectionKey: d.sectionKey,
    parentNumber: d.parentNumber,
    items: letteredItems(text, starts),
    footnoteRefs: [...new Set(found)],
    pages: partPages(d.parts),
  };
}
