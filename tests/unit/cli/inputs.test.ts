/** `kg ingest <folder>`: every file of the folder is either a document to ingest or skipped with its reason. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputEntries, expandInputs } from '../../../src/cli/inputs.js';

function folder(files: string[], dirs: string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-inputs-'));
  for (const f of files) writeFileSync(path.join(dir, f), 'x');
  for (const d of dirs) mkdirSync(path.join(dir, d));
  return dir;
}

describe('folder inputs', () => {
  it('lists PDFs and Word files with the text documents, and names every other file as skipped', async () => {
    const dir = folder(['b.pdf', 'a.md', 'c.docx', 'd.doc', 'e.xlsx', 'notes.TXT', 'README'], ['sub']);
    const entries = await expandInputEntries([dir]);
    expect(entries.map((e) => [path.basename(e.file), e.skip === null ? 'ingest' : e.skip])).toEqual([
      ['README', 'unsupported type (no extension); kg reads .md, .txt, .pdf and .docx'],
      ['a.md', 'ingest'],
      ['b.pdf', 'ingest'],
      ['c.docx', 'ingest'],
      // Read, so that the parser can say what to do with it.
      ['d.doc', 'ingest'],
      ['e.xlsx', 'unsupported type .xlsx; kg reads .md, .txt, .pdf and .docx'],
      ['notes.TXT', 'ingest'],
      ['sub', 'a folder (folders inside folders are not searched)'],
    ]);
    expect((await expandInputs([dir])).map((f) => path.basename(f))).toEqual(['a.md', 'b.pdf', 'c.docx', 'd.doc', 'notes.TXT']);
  });

  it('refuses a folder with no documents, saying what is in it', async () => {
    const dir = folder(['photo.png']);
    await expect(expandInputEntries([dir])).rejects.toThrow(
      /no documents \(\.md, \.txt, \.pdf, \.docx\) in this directory; it holds photo\.png$/,
    );
  });

  it('keeps a file named directly, whatever its extension (the parser decides)', async () => {
    expect(await expandInputEntries(['/no/such/file.xyz'])).toEqual([{ file: '/no/such/file.xyz', skip: null }]);
  });
});
