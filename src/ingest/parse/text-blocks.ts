/**
 * Plain text → blocks, by lines. Blank lines separate blocks; a rule line ("---", "___",
 * "* * *") is a break; a line shaped like a lettered or Roman heading ("II. Opening") is a
 * block of its own even without blank lines around it, as pdftotext output often has.
 * Numbered paragraphs on consecutive lines are split later by the assembler, which knows
 * which number comes next (a wrapped line that happens to start with "32." does not).
 */
import type { Block } from './block.js';
import { textBlock } from './block.js';
import { looksLikeLetteredHeadingLine } from './numbering.js';

const RULE = /^\s*([-_*=])(?:[ \t]*\1){2,}[ \t]*$/;

export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(textBlock(current.join('\n'), { plain: true }));
    current = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
    } else if (RULE.test(line)) {
      flush();
      blocks.push({ kind: 'break' });
    } else if (looksLikeLetteredHeadingLine(line)) {
      flush();
      blocks.push(textBlock(line, { plain: true }));
    } else {
      current.push(line);
    }
  }
  flush();
  return blocks;
}
