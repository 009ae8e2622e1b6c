/**
 * The commonest piece of a converted UN document is one line of prose, often "12. The
 * Co-Chairs …", with no Markdown in it at all. CommonMark reads such a line as a paragraph
 * (or a one-item ordered list holding one) whose text is the line itself, but micromark
 * spends ~100 µs per list item getting there: 10 s for 100,000 paragraphs. This reads that
 * exact case directly and says null for anything else, so the parser still sees every line
 * where Markdown could mean something.
 *
 * "No Markdown" is strict: none of the characters that start inline syntax (emphasis, code,
 * links, HTML, entities, escapes, GFM tables/strikethrough/autolinks), not indented, and not
 * starting like a heading, quote, bullet, rule, setext underline or "N)" item.
 */
import type { TextBlock } from './block.js';
import { textBlock } from './block.js';

const INLINE_SYNTAX = /[*_`[\]!<>&\\|~@]|www\.|:\/\//;
const ORDERED_ITEM = /^(\d{1,9})\. {1,4}(?=\S)/;
const OTHER_BLOCK_START = /^(?:[#>=+*-]|\d{1,9}[.)](?:\s|$))/;

export function fastPathBlock(piece: string): TextBlock | null {
  const line = piece.trimEnd();
  if (line.includes('\n') || line === '' || /^\s/.test(line) || INLINE_SYNTAX.test(line)) return null;
  const item = ORDERED_ITEM.exec(line);
  if (item) return textBlock(`${Number(item[1])}. ${line.slice(item[0].length)}`, { list: 'ordered' });
  if (OTHER_BLOCK_START.test(line)) return null;
  return textBlock(line);
}
