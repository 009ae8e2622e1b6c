/** The reader is chosen by what a file's bytes are, not by its name. */
import { describe, expect, it } from 'vitest';
import { sniffKind } from '../../../src/ingest/parse/sniff.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('sniffKind', () => {
  it('knows a PDF by its header, also after a few junk bytes', () => {
    expect(sniffKind(bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'))).toBe('pdf');
    expect(sniffKind(bytes([0xef, 0xbb, 0xbf], '%PDF-1.4\n'))).toBe('pdf');
  });

  it('does not take a text quoting the header for a PDF', () => {
    expect(sniffKind(bytes('# Notes\n\nEvery PDF starts with %PDF-1.7.\n'))).toBe('text');
  });

  it('tells a Word document from any other ZIP archive by its word/document.xml part', () => {
    expect(sniffKind(bytes(ZIP, '\x14\x00\x06\x00[Content_Types].xml....word/document.xml....'))).toBe('docx');
    expect(sniffKind(bytes(ZIP, '\x14\x00\x06\x00data.csv....'))).toBe('zip');
  });

  it('knows a legacy Office file by its OLE2 signature', () => {
    expect(sniffKind(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'rest'))).toBe('ole');
  });

  it('leaves everything else to the text reader', () => {
    expect(sniffKind(bytes('1. A paragraph.\n'))).toBe('text');
  });
});
