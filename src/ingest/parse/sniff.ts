/**
 * What kind of file is this, from its first bytes (never the extension alone: a download
 * named "report" or a PDF saved as ".txt" is still what its bytes say).
 *
 * - PDF: "%PDF-" within the first 1024 bytes (the standard allows junk before it);
 * - Word (.docx): a ZIP archive holding "word/document.xml" (its name is stored in clear in
 *   the local file headers and the central directory);
 * - legacy Word (.doc) and other OLE2 compound files: the D0 CF 11 E0 signature;
 * - anything else is text (decode-input decides whether it really is).
 */
export type FileKind = 'pdf' | 'docx' | 'zip' | 'ole' | 'text';

const PDF_MAGIC = /%PDF-\d\.\d/;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffKind(raw: Uint8Array): FileKind {
  const head = new TextDecoder('latin1').decode(raw.subarray(0, 1024));
  const pdf = head.search(PDF_MAGIC);
  // Junk before the header is allowed, prose is not: a text that quotes "%PDF-1.7" stays text.
  if (pdf === 0 || (pdf > 0 && !/\p{L}{2}/u.test(head.slice(0, pdf)))) return 'pdf';
  if (OLE_MAGIC.every((b, i) => raw[i] === b)) return 'ole';
  if (raw[0] === 0x50 && raw[1] === 0x4b && raw[2] === 0x03 && raw[3] === 0x04) {
    return new TextDecoder('latin1').decode(raw).includes('word/document.xml') ? 'docx' : 'zip';
  }
  return 'text';
}
