/**
 * Cuts Markdown into pieces that can be parsed one at a time with the same result as
 * parsing the whole, so memory stays bounded by the largest piece instead of the file. A
 * 100,000-paragraph file parsed whole holds every parser event at once (~1.7 GB); in
 * pieces it stays flat (~350 MB) and linear in time.
 *
 * A cut is made before a non-indented line that follows a blank line. In CommonMark nothing
 * carries over such a boundary (lazy continuation needs no blank line; list continuation
 * needs indentation), except:
 * - fenced code and HTML comments, which run over blank lines: tracked, never cut inside;
 * - raw HTML blocks of the <pre>/<script>/<style>/<textarea> kind, link reference
 *   definitions ("[x]: url") and GFM footnotes ("[^1]"), which refer across the document:
 *   when present anywhere, the file is parsed whole (correct first, fast second).
 *
 * Each piece is also told whether it needs GFM at all. GFM's autolink scanning makes long
 * prose about five times slower; a piece with none of the characters that can start a GFM
 * construct (tables, strikethrough, autolinks, task lists) parses identically without it.
 *
 * Safety valve: micromark's memory grows with inline markup, not with length (1 MB of
 * "[a](b) " takes 2.6 GB, 10 MB of prose 0.3 GB). A piece with more than MARKUP_BUDGET
 * markup characters is re-cut before every line that starts a block of its own (heading,
 * list item, "(a)", rule, quote); a piece still over budget goes to the light reader
 * (markdown-light.ts), which is linear and keeps every word. Real UN text never gets near
 * the budget: it exists so that one malformed file cannot take the ingest process down.
 * The same goes for deep nesting: mdast-util-from-markdown's list handling is quadratic in
 * the depth (lists 700 levels deep took 15 s, 2,000 would take minutes), so a piece with a
 * line indented past DEEP_INDENT columns or opening more than DEEP_MARKERS nested lists or
 * quotes at once goes to the light reader too. UN documents nest three or four levels.
 */
const WHOLE_DOCUMENT = [/<(pre|script|style|textarea)\b/i, /^ {0,3}\[[^\]\n]+\]:/m, /\[\^/];
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const GFM_TRIGGER = /[|~@]|www\.|:\/\/|\[[ xX]\]/;
const MARKUP = /[*_[\]()<>`]/g;
const MARKUP_BUDGET = 10_000;
const DEEP_INDENT = 64;
const DEEP_MARKERS = 16;
// One way only to match each run of blanks (never `[ \t]*` next to `[ \t]+`): no backtracking blow-up.
const TOO_DEEP = new RegExp(
  `^(?:[ \\t]{${DEEP_INDENT},}\\S|[ \\t]*(?:>[ \\t]*|[-*+](?:[ \\t]+|$)|\\d{1,9}[.)](?:[ \\t]+|$)){${DEEP_MARKERS},})`,
  'm',
);
const BLOCK_START = /^(#{1,6}[ \t]|\d{1,9}[.)][ \t]|\(?[a-z]\)[ \t]|[-*+][ \t]|>|[-_*]{3})/;

export interface MarkdownChunk {
  text: string;
  /** 'commonmark' | 'gfm': which parser; 'light': too much markup for the parser's memory. */
  reader: 'commonmark' | 'gfm' | 'light';
}

export function markdownChunks(source: string): MarkdownChunk[] {
  if (WHOLE_DOCUMENT.some((re) => re.test(source))) return [{ text: source, reader: 'gfm' }];
  const chunks: MarkdownChunk[] = [];
  for (const piece of cut(source.split('\n'), false)) {
    if (markupCount(piece) <= MARKUP_BUDGET && !TOO_DEEP.test(piece)) {
      chunks.push(parsed(piece));
      continue;
    }
    for (const small of cut(piece.split('\n'), true)) {
      chunks.push(markupCount(small) <= MARKUP_BUDGET && !TOO_DEEP.test(small) ? parsed(small) : { text: small, reader: 'light' });
    }
  }
  return chunks;
}

function parsed(text: string): MarkdownChunk {
  return { text, reader: GFM_TRIGGER.test(text) ? 'gfm' : 'commonmark' };
}

function markupCount(text: string): number {
  MARKUP.lastIndex = 0;
  let n = 0;
  while (MARKUP.exec(text) !== null) {
    if (++n > MARKUP_BUDGET) break;
  }
  return n;
}

/**
 * Pieces of `lines`, cut before non-indented lines after a blank line, or (`atBlockStarts`)
 * also before non-indented lines that start a block of their own. Never inside a fence or
 * an HTML comment.
 */
function cut(lines: readonly string[], atBlockStarts: boolean): string[] {
  const pieces: string[] = [];
  let start = 0;
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let previousBlank = false;
  const emit = (end: number): void => {
    const text = lines.slice(start, end).join('\n');
    if (text.trim() !== '') pieces.push(text);
    start = end;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (fence) {
      const close = FENCE.exec(line);
      const run = close?.[1];
      if (run && run[0] === fence.char && run.length >= fence.length && line.trim() === run) fence = null;
      previousBlank = false;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      previousBlank = false;
      continue;
    }
    const blank = line.trim() === '';
    const indented = /^\s/.test(line);
    if (!blank && !indented && i > start && (previousBlank || (atBlockStarts && BLOCK_START.test(line)))) emit(i);
    const open = FENCE.exec(line);
    if (open?.[1]) fence = { char: open[1][0] as string, length: open[1].length };
    const comment = line.lastIndexOf('<!--');
    if (comment !== -1 && !line.includes('-->', comment + 4)) inComment = true;
    previousBlank = blank;
  }
  emit(lines.length);
  return pieces;
}
