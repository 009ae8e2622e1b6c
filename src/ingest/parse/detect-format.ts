/**
 * Markdown or plain text? The extension decides when it is explicit; otherwise we look for
 * markup that plain text does not contain by accident (ATX headings, **bold**, [links](…),
 * <sup> tags, code fences). A `.txt` that is really Markdown (the seed once was) is read as
 * Markdown; a real plain-text file is not run through a Markdown parser, which would eat
 * its `*` and `_` characters as emphasis and turn "1 " footnote lines into lists.
 */
const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd|mdx)$/i;
const SNIFF_CHARS = 256 * 1024;
const MARKDOWN_SIGNALS: RegExp[] = [/^#{1,6}[ \t]+\S/m, /\*\*[^*\n]+\*\*/, /\[[^\]\n]+\]\([^)\n]*\)/, /<sup>/i, /^(```|~~~)/m];

export type DocumentFormat = 'markdown' | 'text';

export function detectFormat(sourceFile: string, text: string): DocumentFormat {
  if (MARKDOWN_EXTENSIONS.test(sourceFile)) return 'markdown';
  // A bounded prefix: the signals appear early in any real document, and this keeps a
  // 20 MB file from being scanned five times just to choose a parser.
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  return MARKDOWN_SIGNALS.some((re) => re.test(head)) ? 'markdown' : 'text';
}
