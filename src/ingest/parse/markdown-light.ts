/**
 * The light Markdown reader: only for pieces with so much inline markup that the real
 * parser's memory would explode (see markdown-chunks.ts). It reads line by line like the
 * plain-text reader, knows `#` headings and rules, and strips inline markup with linear
 * regexes (no nested quantifiers, every class stops at the next delimiter). Less exact than
 * CommonMark on odd emphasis, but it keeps every word and never takes more than one pass.
 */
import type { Block } from './block.js';
import { textBlock } from './block.js';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const RULE = /^ {0,3}([-_*])(?:[ \t]*\1){2,}[ \t]*$/;
const SUP = /<sup>([^<]{0,16})<\/sup>/gi;
const FOOTNOTE_MARK = /^\s*(\d{1,4}|[*†‡§]{1,3})\s*$/;
const TAG = /<[^<>]*>/g;
const LINK = /!?\[([^[\]\n]*)\]\([^()\n]*\)/g;
// An escape keeps its character; emphasis and code delimiters go.
const ESCAPE_OR_DELIMITER = /\\([!-/:-@[-`{-~])|\*+|`+|(?<=^|[\s(])_+|_+(?=$|[\s).,;:!?])/g;

export function lightMarkdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const { text: plain, refs, leadingRef } = stripInline(current.join('\n'));
    current = [];
    if (leadingRef !== null) blocks.push({ kind: 'footnote', number: leadingRef, text: plain });
    else blocks.push(textBlock(plain, { refs }));
  };
  for (const line of text.split('\n')) {
    const heading = HEADING.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (RULE.test(line)) {
      flush();
      blocks.push({ kind: 'break' });
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: stripInline(heading[2] as string).text, depth: (heading[1] as string).length });
    } else {
      current.push(line);
    }
  }
  flush();
  return blocks;
}

function stripInline(text: string): { text: string; refs: string[]; leadingRef: string | null } {
  const refs: string[] = [];
  let leadingRef: string | null = null;
  const out = text
    .replace(SUP, (_m, content: string, offset: number) => {
      if (!FOOTNOTE_MARK.test(content)) return content;
      const mark = content.trim();
      if (refs.length === 0 && text.slice(0, offset).trim() === '') leadingRef = mark;
      refs.push(mark);
      return '';
    })
    .replace(TAG, ' ')
    .replace(LINK, '$1')
    .replace(ESCAPE_OR_DELIMITER, (_m, escaped: string | undefined) => escaped ?? '');
  return { text: out, refs, leadingRef };
}
