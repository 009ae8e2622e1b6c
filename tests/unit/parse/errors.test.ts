import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, MAX_PARAGRAPHS, ParseError, parseDocument } from '../../../src/ingest/parse/index.js';
import { parseText } from './helpers.js';

function failure(raw: Uint8Array, file = 'bad.md', maxBytes?: number, maxParagraphs?: number): ParseError {
  try {
    parseDocument(raw, file, {
      ...(maxBytes === undefined ? {} : { maxBytes }),
      ...(maxParagraphs === undefined ? {} : { maxParagraphs }),
    });
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    const e = err as ParseError;
    expect(e.sourceFile).toBe(file);
    expect(e.message.startsWith(`${file}: `)).toBe(true);
    expect(e.message).not.toMatch(/\n/);
    return e;
  }
  throw new Error('expected a ParseError');
}

describe('ParseError', () => {
  it('refuses an empty file, and one with only whitespace', () => {
    expect(failure(new Uint8Array()).message).toBe('bad.md: empty file (0 bytes)');
    expect(failure(Buffer.from(' \n\t\n')).message).toMatch(/empty file/);
  });

  it('refuses a binary file (NUL bytes)', () => {
    expect(failure(Buffer.from([0x31, 0x2e, 0x20, 0x41, 0x00, 0x42])).message).toMatch(/binary file \(NUL byte at offset 4\)/);
  });

  it('refuses invalid UTF-8, and says what UTF-16 is', () => {
    expect(failure(Buffer.from([0x31, 0x2e, 0x20, 0xc3, 0x28])).message).toMatch(/not valid UTF-8/);
    expect(failure(Buffer.from('\ufeff1. x', 'utf16le')).message).toMatch(/UTF-16/);
  });

  // A 100,000-paragraph document ran for minutes, then broke Neo4j's transaction memory limit.
  it('refuses a document with more numbered paragraphs than the limit, which a parameter can change', () => {
    expect(MAX_PARAGRAPHS).toBe(5_000);
    const text = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => `${i + 1}. Paragraph ${i + 1}.`).join('\n\n'));
    expect(failure(text(4), 'long.md', undefined, 3).message).toBe(
      'long.md: 4 numbered paragraphs, over the limit of 3 per document; split it into several files',
    );
    expect(parseDocument(text(3), 'ok.md', { maxParagraphs: 3 }).paragraphs).toHaveLength(3);
    expect(failure(text(MAX_PARAGRAPHS + 1), 'huge.md').message).toMatch(/5001 numbered paragraphs, over the limit of 5000/);
  });

  it('refuses a file over the size limit, which a parameter can lower or raise', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
    expect(failure(Buffer.from('1. Some text.\n'), 'big.md', 5).message).toBe('big.md: file is 14 bytes, over the limit of 5 bytes');
    const huge = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    expect(failure(huge, 'huge.md').message).toMatch(/over the limit of 20971520 bytes/);
    expect(parseDocument(Buffer.from('1. Fine.\n'), 'ok.md', { maxBytes: 1000 }).paragraphs).toHaveLength(1);
  });

  it('refuses a document without numbered paragraphs', () => {
    expect(failure(Buffer.from('# Title\n\nJust prose, no numbers.\n')).message).toMatch(/no numbered paragraphs/);
  });

  it('refuses duplicated paragraph numbers, naming the number', () => {
    expect(failure(Buffer.from('1. One.\n\n2. Two.\n\n2. Two again.\n')).message).toBe('bad.md: duplicate paragraph number 2');
    expect(failure(Buffer.from('5. Five:\n\n5.1 First;\n\n5.1 Again.\n')).message).toBe('bad.md: duplicate paragraph number 5.1');
  });

  it('accepts a UTF-8 BOM and CRLF line endings', () => {
    const doc = parseText('\ufeff## I. Intro\r\n\r\n1. One\r\nwrapped.\r\n\r\n2. Two.\r\n');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['One wrapped.', 'Two.']);
    expect(doc.sections[0]?.title).toBe('Intro');
  });

  it('gives the checksum of the raw bytes', () => {
    const doc = parseText('1. One.\n');
    expect(doc.checksum).toBe('be4998807950199897786692ff27a58126331b883629439bdbffca7ea400920e'); // sha256sum of the same bytes
    expect(parseText('1. One.\n').checksum).toBe(doc.checksum);
    expect(parseText('1. One!\n').checksum).not.toBe(doc.checksum);
  });
});
