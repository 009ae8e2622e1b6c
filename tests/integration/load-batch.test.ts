/**
 * Several documents per transaction (load/batch.ts, Ingestor.ingestFiles): the same graph as
 * one document at a time, each document whole, a failed batch retried document by document
 * so that one bad document neither stops nor half-writes the others.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import path from 'node:path';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Database } from '../../src/db/connection.js';
import type { DocumentGraph } from '../../src/graph/model.js';
import { Ingestor } from '../../src/ingest/index.js';
import { loadDocumentGraphs } from '../../src/ingest/load/batch.js';
import { readSnapshot, render } from '../../src/export/index.js';
import { openTestDatabase, resetDatabase } from '../support/test-db.js';
import { PROJECT_ROOT } from '../../src/config/settings.js';

const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');
const OTHER = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'documents', 'ngo-dialogue-2031.md');
const CORPUS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'corpus');
const FILES = [SEED, OTHER, path.join(CORPUS, '03_hrc14-panels-trafficking-extract.md')];

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db?.close());
beforeEach(async () => resetDatabase(db));

const exportJson = async () => render('json', await readSnapshot(db));
const count = async (cypher: string) => (await db.query<{ n: number }>(cypher))[0]!.n;

async function graphsOf(files: string[]): Promise<DocumentGraph[]> {
  const dry = await Ingestor.create(null, { dryRun: true });
  const reports = await dry.ingestFiles(files);
  return reports.map((r) => r.graph!);
}

describe('several documents per transaction', () => {
  it('writes the same graph as one document at a time, and reports the same per-document counts', async () => {
    const single = await (await Ingestor.create(db, { batchElements: 1 })).ingestFiles(FILES);
    const one = await exportJson();
    await resetDatabase(db);
    const batched = await (await Ingestor.create(db, { batchElements: 1_000_000 })).ingestFiles(FILES);
    expect(await exportJson()).toBe(one);
    const counts = (rs: typeof single) => rs.map((r) => [r.status, r.nodes, r.relationships, r.nodesCreated, r.relationshipsCreated]);
    expect(counts(batched)).toEqual(counts(single));
    // Organizations the first document brought are not counted again for the later ones.
    expect(batched.reduce((n, r) => n + r.nodesCreated, 0)).toBe(await count('MATCH (n) RETURN count(n) AS n'));

    const again = await (await Ingestor.create(db, { batchElements: 1_000_000 })).ingestFiles(FILES);
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await exportJson()).toBe(one);
  });

  it('retries a failed batch document by document: the good ones go in whole, the bad one leaves nothing', async () => {
    const [a, b, c] = await graphsOf(FILES);
    // A property value Neo4j refuses (a map), as a corrupt graph would carry: the batch's transaction fails.
    const bad: DocumentGraph = {
      ...b!,
      nodes: b!.nodes.map((n) => (n.label === 'Document' ? { ...n, properties: { ...n.properties, title: { x: 1 } as never } } : n)),
    };
    const results = await loadDocumentGraphs(db, [a!, bad, c!]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const ids = await db.query<{ id: string }>('MATCH (d:Document) WHERE d.ingestHash IS NOT NULL RETURN d.id AS id ORDER BY id');
    expect(ids.map((r) => r.id).sort()).toEqual([a!.documentId, c!.documentId].sort());
    expect(await count(`MATCH (n {documentId: '${bad.documentId}'}) RETURN count(n) AS n`)).toBe(0);
    expect(await count(`MATCH ()-[r {documentId: '${bad.documentId}'}]->() RETURN count(r) AS n`)).toBe(0);
  });

  it('counts as new only the shared nodes that were not in the graph before the batch', async () => {
    // The look-up of existing shared nodes travels with the batch's writes, unawaited (CountingWriter.send):
    // it must still see the graph as it was before them. Both later documents meet shared nodes the first brought.
    await (await Ingestor.create(db)).ingestFiles([FILES[0]!]);
    const before = await count('MATCH (n) RETURN count(n) AS n');
    const reports = await (await Ingestor.create(db, { batchElements: 1_000_000 })).ingestFiles(FILES.slice(1));
    expect(reports.map((r) => r.status)).toEqual(['created', 'created']);
    const created = reports.reduce((n, r) => n + r.nodesCreated, 0);
    expect(created).toBe((await count('MATCH (n) RETURN count(n) AS n')) - before);
    // Had the look-up seen the batch's own writes, every shared node would count as existing: the
    // batch does bring shared nodes that were not there (nodes with no documentId), so the test can tell.
    const ids = reports.map((r) => r.documentId);
    const own = (await db.query<{ n: number }>('MATCH (n) WHERE n.documentId IN $ids RETURN count(n) AS n', { ids }))[0]!.n;
    expect(created - own).toBeGreaterThan(0);
  });

  it('replaces a changed document inside a batch and leaves no share of its old version', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kg-batch-'));
    const file = path.join(dir, 'changing.md');
    // The symbol identifies the document, so the edited file is the same document, changed.
    const head = 'United Nations\nA/HRC/99/12\nGeneral Assembly\n\n# A dialogue\n\n';
    await writeFile(file, `${head}1. Ms. Ana Ruiz of the Harbour Rights Network stated that ferries were late.\n`);
    await (await Ingestor.create(db)).ingestFiles([file, SEED]);
    await writeFile(file, `${head}1. Mr. Tomas Berg of the Lighthouse Legal Clinic noted that ferries were cancelled.\n`);
    const reports = await (await Ingestor.create(db, { batchElements: 1_000_000 })).ingestFiles([file, SEED]);
    expect(reports.map((r) => r.status)).toEqual(['updated', 'unchanged']);
    const texts = await db.query<{ text: string; kind: string }>(
      `MATCH (p:Paragraph {documentId: '${reports[0]!.documentId}'}) RETURN p.text AS text, p.kind AS kind`,
    );
    expect(texts.filter((t) => t.kind === 'numbered').map((t) => t.text)).toEqual([
      'Mr. Tomas Berg of the Lighthouse Legal Clinic noted that ferries were cancelled.',
    ]);
    // The title lines are stored (kind 'title') once, and nothing of the old version is left.
    expect(
      texts
        .filter((t) => t.kind === 'title')
        .map((t) => t.text)
        .sort(),
    ).toEqual(['A/HRC/99/12', 'General Assembly', 'United Nations']);
    expect(texts.map((t) => t.text).join('\n')).not.toContain('Ana Ruiz');
  });
});
