/**
 * The hand-off from `parse` to `extract`: a UN document as structure, with every piece of
 * text kept. Nothing downstream re-reads the file; everything it needs is here.
 */

export interface ParsedDocument {
  /** Path as given by the caller. Never an identity: a document is its symbol or its content (resolve/document-identity.ts). */
  sourceFile: string;
  /** sha256 (hex) of the raw bytes: lets load tell "same document, unchanged" cheaply. */
  checksum: string;
  format: 'markdown' | 'text' | 'pdf' | 'docx';
  /** The document's own title (first heading or title block line), without markup. */
  title: string | null;
  /** UN document symbol such as `A/HRC/43/15` or `CTOC/COP/WG.7/2023/3`, when the title block gives one. */
  symbol: string | null;
  /** ISO date (yyyy-mm-dd) from the title block, when present. */
  date: string | null;
  /** Loose lines before the first section heading or numbered paragraph (title block, subtitle). */
  titleBlock: string[];
  sections: ParsedSection[];
  /** Numbered paragraphs in document order; the unit of citation. */
  paragraphs: ParsedParagraph[];
  footnotes: ParsedFootnote[];
  /** Text blocks that are neither headings, numbered paragraphs nor footnotes. Kept, never dropped. */
  unnumbered: ParsedBlock[];
}

export interface ParsedSection {
  /** Unique within the document: the dotted path of numbers, e.g. `II`, `II.A`, `II.C.1`, or `s3` for unnumbered headings. */
  key: string;
  /** As printed: `I`, `II`, `A`, `1`; null for an unnumbered heading such as "Introduction". */
  number: string | null;
  title: string;
  /** Nesting depth derived from the numbering scheme (Roman > capital letter > digit > unnumbered), 1 = top. */
  level: number;
  /** 0-based position among all sections of the document. */
  order: number;
  parentKey: string | null;
}

export interface ParsedParagraph {
  /** As printed: `22`, `121.3`. */
  number: string;
  /** 0-based position among all numbered paragraphs. */
  order: number;
  /** Full text, markup removed, continuation blocks (page breaks) re-joined. */
  text: string;
  sectionKey: string | null;
  /** For a sub-numbered paragraph (`121.3`), the number of its parent (`121`). */
  parentNumber: string | null;
  /** Lettered sub-items inside the paragraph, "(a) … (b) …", with their offsets in `text`. */
  items: ParsedItem[];
  /** Footnote numbers referenced from this paragraph (`<sup>1</sup>` or glued digits where recognisable). */
  footnoteRefs: string[];
  /** Pages the paragraph is printed on, ascending (PDF); empty for formats without pages. */
  pages: number[];
}

export interface ParsedItem {
  label: string;
  text: string;
  /** Character offset of the item's text in the paragraph text. */
  start: number;
  end: number;
}

export interface ParsedFootnote {
  number: string;
  text: string;
}

export interface ParsedBlock {
  /** 0-based position among unnumbered blocks. */
  order: number;
  sectionKey: string | null;
  text: string;
  /** A bullet item of its own ("• …"), not taken in by a numbered paragraph. */
  bullet?: true;
  /** For a bullet item: how many numbered paragraphs precede it (its place in reading order). */
  paragraphsBefore?: number;
}
