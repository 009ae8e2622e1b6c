/**
 * Bytes → text, refusing what is not a text document before any parsing work is spent on
 * it. Each refusal is cheap and happens in order of cost: size (one comparison), NUL bytes
 * (one scan), UTF-8 validity (the decode itself). A file we cannot read faithfully is an
 * error, never a silently mangled document: a lossy decode would put U+FFFD into quoted
 * evidence, and nobody would notice until a researcher did.
 */
import { ParseError } from './parse-error.js';

/** Above this a file is refused: UN documents are well under 1 MB; 20 MB is a runaway file. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export function decodeInput(raw: Uint8Array, sourceFile: string, maxBytes: number): string {
  const size = raw.byteLength;
  if (size === 0) throw new ParseError(sourceFile, 'empty file (0 bytes)');
  if (size > maxBytes) {
    throw new ParseError(sourceFile, `file is ${size} bytes, over the limit of ${maxBytes} bytes`);
  }
  // UTF-16 files are full of NUL bytes; say what they are instead of calling them binary.
  if (size >= 2 && ((raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff))) {
    throw new ParseError(sourceFile, 'file is UTF-16 text; save it as UTF-8');
  }
  const nul = raw.indexOf(0);
  if (nul !== -1) throw new ParseError(sourceFile, `binary file (NUL byte at offset ${nul}), not a text document`);

  let text: string;
  try {
    // fatal: invalid sequences throw instead of becoming U+FFFD; the default ignoreBOM=false
    // strips a leading UTF-8 BOM, which is harmless and common in files saved on Windows.
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new ParseError(sourceFile, 'not valid UTF-8 text (re-save the file as UTF-8)');
  }
  // One line-ending convention from here on; a form feed is a page break in PDF extractions.
  text = text.replace(/\r\n?|\f/g, '\n');
  if (text.trim() === '') throw new ParseError(sourceFile, 'empty file (only whitespace)');
  return text;
}
