/**
 * The intermediate form between the readers (Markdown via mdast, plain text by lines, PDF
 * by layout in pdf/) and the assembler that knows about UN numbering. Both readers reduce a file to the same
 * short list of block kinds, so every rule about paragraphs, sections, footnotes and
 * continuations is written once and holds for both formats.
 */
export type Block = HeadingBlock | TextBlock | FootnoteBlock | BreakBlock | CommentBlock;

/** A heading marked as such in the source (Markdown `#`). Plain-text headings are guessed later. */
export interface HeadingBlock {
  kind: 'heading';
  /** Markup removed; footnote digits still glued (stripped later, in document order). */
  text: string;
  /** Number of `#`; used only to nest unnumbered headings, never to rank numbered ones. */
  depth: number;
}

export interface TextBlock {
  kind: 'text';
  /** Markup removed, line breaks kept as "\n" (a line may start a new numbered paragraph). */
  text: string;
  /** Footnote references taken out of the markup (`<sup>1</sup>`, `[^1]`), in order. */
  refs: string[];
  /** 'ordered' for a top-level "N." list item (text then starts with "N. "), 'bullet' for "-"/"*". */
  list: 'ordered' | 'bullet' | null;
  /** Not the first block of its list item (or inside a nested list): belongs with what precedes it. */
  listChild: boolean;
  /** A code block or table: lines are data, not prose (still kept). */
  verbatim: boolean;
  /** Came from the plain-text reader: headings have to be recognised from the words alone. */
  plain: boolean;
  /** The page(s) each line of `text` is printed on (PDF); absent for formats without pages. */
  linePages?: number[][];
}

/** A footnote that announces itself in the markup: `<sup>1</sup> text` or `[^1]: text`. */
export interface FootnoteBlock {
  kind: 'footnote';
  number: string;
  text: string;
}

/** A horizontal rule (`---`): in PDF conversions it separates the text from page footnotes. */
export interface BreakBlock {
  kind: 'break';
}

/** An HTML comment: not document text, but converters put the symbol and date there. */
export interface CommentBlock {
  kind: 'comment';
  text: string;
}

export function textBlock(text: string, init: Partial<Omit<TextBlock, 'kind' | 'text'>> = {}): TextBlock {
  return {
    kind: 'text',
    text,
    refs: init.refs ?? [],
    list: init.list ?? null,
    listChild: init.listChild ?? false,
    verbatim: init.verbatim ?? false,
    plain: init.plain ?? false,
    ...(init.linePages ? { linePages: init.linePages } : {}),
  };
}
