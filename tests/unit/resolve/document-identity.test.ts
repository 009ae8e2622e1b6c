/**
 * Issue 9, item 8: a document is its UN symbol when it has one, else its content, never its
 * file name. Two different files both named tiny.txt must stay two documents, in one run.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ingestor } from '../../../src/ingest/index.js';
import { parseDocument } from '../../../src/ingest/parse/index.js';
import { documentIdOf } from '../../../src/ingest/resolve/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-identity-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function write(rel: string, text: string): Promise<string> {
  const file = path.join(dir, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

const idOf = (text: string, name: string) => documentIdOf(parseDocument(Buffer.from(text), name));

describe('document identity', () => {
  it('two different files both named tiny.txt are two documents, in one run', async () => {
    const a = await write('east/tiny.txt', '1. The Harbour Network described shelters on the eastern coast.\n');
    const b = await write('west/tiny.txt', '1. The Lantern Trust described training for border officials.\n');
    const ingestor = await Ingestor.create(null, { dryRun: true });
    const [ra, rb] = [await ingestor.ingestFile(a), await ingestor.ingestFile(b)];
    expect(ra.status).toBe('dry-run');
    expect(rb.status).toBe('dry-run');
    expect(ra.documentId).not.toBe(rb.documentId);
    // Every node the document owns carries its id, so neither can replace the other's share.
    const owned = (r: typeof ra) => r.graph!.nodes.filter((n) => n.properties.documentId === r.documentId).length;
    expect(owned(ra)).toBeGreaterThan(1);
    expect(owned(rb)).toBeGreaterThan(1);
  });

  it('the same text under two names, or with other line endings, is one document', () => {
    const text = '# A short note\n\n1. The Lantern Trust described training.\n\n2. Participants welcomed it.\n';
    expect(idOf(text, 'copy-one.md')).toBe(idOf(text, 'elsewhere/copy-two.md'));
    expect(idOf(text.replace(/\n/g, '\r\n'), 'windows.md')).toBe(idOf(text, 'unix.md'));
    expect(idOf(text.replace('training', 'funding'), 'copy-one.md')).not.toBe(idOf(text, 'copy-one.md'));
    // A person can tell what it is from the id: the title's first words, then the fingerprint.
    expect(idOf(text, 'x.md')).toMatch(/^doc:a-short-note-[0-9a-f]{12}$/);
  });

  it('a document with a UN symbol is its symbol, whatever its file name or wording', () => {
    const v1 = 'A/HRC/99/12\n\n# Report of the Working Group\n\n1. The review took place.\n';
    const v2 = v1.replace('took place', 'was held');
    expect(idOf(v1, 'draft.md')).toBe('doc:a-hrc-99-12');
    expect(idOf(v2, 'final.md')).toBe('doc:a-hrc-99-12');
  });
});
