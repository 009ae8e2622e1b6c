/**
 * Word (.docx) → blocks, the same intermediate form the Markdown and plain-text readers
 * produce, so the assembler's UN numbering rules apply unchanged. What Word keeps outside
 * the text is put back where a reader sees it: the automatic paragraph numbers
 * (numbering.ts), heading styles (styles.ts), footnote marks and texts (notes.ts), tables
 * as rows (body.ts). Running headers and footers are not read: they are page furniture.
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
  return [...reader.blocks, ...notes];
}
