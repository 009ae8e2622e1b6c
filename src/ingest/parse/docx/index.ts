/**
 * Word (.docx) → blocks, the same intermediate form the Markdown and plain-text readers
 * produce, so the assembler's UN numbering rules apply unchanged. What Word keeps outside
 * the text is put back where a reader sees it: the automatic paragraph numbers
 * (numbering.ts), heading styles (styles.ts), footnote marks and texts (notes.ts), tables
 * as rows (body.ts). Running headers and footers are page furniture, not text; a header
 * is read only for the title of a document whose body opens with a table (document-title.ts).
 *
 * Async for the parse dispatch (other readers are); the work itself is synchronous.
 */
import type { Block } from '../block.js';
import { ParseError } from '../parse-error.js';
import { BodyReader } from './body.js';
import { NoteMarks, noteBlocks } from './notes.js';
import { Numbering } from './numbering.js';
import { openPackage } from './package.js';
import { Styles } from './styles.js';
import { coreTitle, headerTitle } from './document-title.js';
import { root, wChild } from './xml.js';

export async function docxBlocks(raw: Uint8Array, sourceFile: string): Promise<Block[]> {
  const pkg = openPackage(raw, sourceFile);
  const body = wChild(root(pkg.document), 'body');
  if (!body) throw new ParseError(sourceFile, 'not a Word document: word/document.xml has no body');

  const styles = new Styles(pkg.styles);
  const numbering = new Numbering(pkg.numbering, styles);
  const marks = new NoteMarks(pkg.settings, body);
  const reader = new BodyReader(styles, numbering, marks);
  reader.readContainer(body);

  // Notes after the text: their marks are known only once every reference has been read.
  const notes = [
    ...noteBlocks(pkg.footnotes, 'footnote', marks, (n) => reader.noteText(n)),
    ...noteBlocks(pkg.endnotes, 'endnote', marks, (n) => reader.noteText(n)),
  ];
  return [...withTitle(reader.blocks, () => coreTitle(pkg.core) ?? headerTitle(pkg.headers)), ...notes];
}

/**
 * A body that opens with a table has no title of its own (a table row is never one): the
 * document's Title property or its running header's words stand first, as a title heading.
 */
function withTitle(blocks: Block[], title: () => string | null): Block[] {
  const first = blocks.find((b) => b.kind === 'heading' || (b.kind === 'text' && b.text.trim() !== ''));
  if (!first || first.kind !== 'text' || !first.verbatim) return blocks;
  const text = title();
  return text ? [{ kind: 'heading', text, depth: 1 }, ...blocks] : blocks;
}
