/**
 * Ingestion against the real test Neo4j: the seed's graph, idempotency, replacement of a
 * changed document, atomicity under an injected failure, and bad input that loses nothing.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import path from 'node:path';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Database } from '../../src/db/connection.js';
import { Ingestor, ingestFiles } from '../../src/ingest/index.js';
import { readSnapshot, render } from '../../src/export/index.js';
import { openTestDatabase, resetDatabase } from '../support/test-db.js';
import { PROJECT_ROOT } from '../../src/config/settings.js';

const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');
const OTHER = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'documents', 'ngo-dialogue-2031.md');

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'kg-ingest-'));
});
afterAll(async () => db?.close());
beforeEach(async () => resetDatabase(db));

const count = async (cypher: string, params: Record<string, unknown> = {}) => (await db.query<{ n: number }>(cypher, params))[0]!.n;

describe('ingesting the seed', () => {
  it('builds the document structure and the facts, each pointing back to its paragraph', async () => {
    const [report] = await ingestFiles(db, [SEED]);
    expect(report).toMatchObject({ status: 'created', error: null });
    const docId = report!.documentId!;
    // Numbered paragraphs (kind 'numbered'); title lines and unnumbered blocks are Paragraphs with a kind, cited too.
    expect(
      await count('MATCH (:Document {id: $docId})-[:HAS_PARAGRAPH]->(p:Paragraph) WHERE p.kind = "numbered" RETURN count(p) AS n', {
        docId,
      }),
    ).toBe(43);
    expect(await count('MATCH (:Document {id: $docId})-[:HAS_SECTION]->(s:Section) RETURN count(s) AS n', { docId })).toBe(6);
    expect(await count('MATCH (p:Paragraph)-[:NEXT]->(:Paragraph) RETURN count(p) AS n')).toBe(42);

    const [meeting] = await db.query(
      'MATCH (:Document)-[:RECORDS]->(m:Meeting)-[:FOLLOWS]->(s:Session)-[:OF]->(w:WorkingGroup) RETURN m {.*} AS m, s.ordinal AS session, w.name AS wg',
    );
    expect(meeting).toMatchObject({
      m: { date: '2023-10-09', ordinal: 2, format: 'hybrid' },
      session: 10,
    });
    // Paragraph 3: "Forty non-governmental organizations … in addition to thirty-eight Member States".
    expect((meeting!.m as { participation: string[] }).participation).toEqual(expect.arrayContaining(['ngo=40', 'member-state=38']));

    const panellists = await db.query<{ org: string; panel: number }>(
      'MATCH (p:Person)-[:SPOKE_ON]->(panel:Panel), (p)-[:REPRESENTS]->(o:Organization) RETURN o.name AS org, panel.ordinal AS panel ORDER BY panel, org',
    );
    expect(panellists).toHaveLength(8);
    expect(panellists.filter((p) => p.panel === 1)).toHaveLength(4);
    expect(panellists.map((p) => p.org)).toContain('Mixed Migration Centre');

    expect(await count('MATCH (o:Observation) RETURN count(o) AS n')).toBe(7);
    expect(await count("MATCH (s:Statistic)-[:REPORTED_BY]->(:Organization {acronym: 'MMC'}) RETURN count(s) AS n")).toBeGreaterThanOrEqual(
      6,
    );
    // Every statement, observation and statistic can be opened at its paragraph.
    expect(
      await count(
        'MATCH (n) WHERE (n:Statement OR n:Observation OR n:Statistic) AND NOT (n)-[:EVIDENCED_BY]->(:Paragraph) RETURN count(n) AS n',
      ),
    ).toBe(0);
    // Traceability was computed: the non-liability observation draws on stakeholder statements.
    expect(await count("MATCH (o:Observation {number: '40'})-[d:DRAWS_ON]->(:Statement) RETURN count(d) AS n")).toBeGreaterThan(0);
  });

  it('is idempotent: a second run writes nothing and the export is byte-identical', async () => {
    await ingestFiles(db, [SEED, OTHER]);
    const first = render('json', await readSnapshot(db));
    const again = await ingestFiles(db, [SEED, OTHER]);
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.every((r) => r.nodesCreated === 0 && r.relationshipsCreated === 0)).toBe(true);
    expect(render('json', await readSnapshot(db))).toBe(first);
  });

  it('two documents naming the same organization meet on one node', async () => {
    const copy = path.join(dir, 'second-mention.md');
    await writeFile(
      copy,
      '## I. Discussion\n\n1. The panellist from the Harbour Rights Network (HRN) described new findings on border identification.\n\n2. HRN stressed training.\n',
    );
    await ingestFiles(db, [OTHER, copy]);
    expect(await count("MATCH (o:Organization) WHERE o.acronym = 'HRN' RETURN count(o) AS n")).toBe(1);
    expect(await count("MATCH (o:Organization {acronym: 'HRN'})<-[:MENTIONS]-(p:Paragraph) RETURN count(DISTINCT p.documentId) AS n")).toBe(
      2,
    );
  });
});

describe('re-ingesting a changed document', () => {
  it('replaces its share of the graph and keeps the other documents', async () => {
    // A document is its UN symbol (or its content): the edited version keeps its symbol, so it
    // replaces the first; without a symbol it would be a different document (resolve/document-identity.ts).
    const file = path.join(dir, 'changing.md');
    const text = `CTOC/COP/WG.4/2031/2\n\n${await readFile(OTHER, 'utf8')}`;
    await writeFile(file, text);
    await ingestFiles(db, [file, SEED]);
    const id = 'doc:ctoc-cop-wg-4-2031-2';
    const seedBefore = await count('MATCH (p:Paragraph) WHERE p.documentId <> $id RETURN count(p) AS n', { id });
    await writeFile(file, text.replace(/\n7\. .*\n/, '\n'));
    const [r] = await ingestFiles(db, [file]);
    expect(r!.status).toBe('updated');
    expect(r!.documentId).toBe(id);
    expect(await count('MATCH (p:Paragraph {documentId: $id}) WHERE p.kind = "numbered" RETURN count(p) AS n', { id })).toBe(6);
    expect(await count('MATCH (p:Paragraph) WHERE p.documentId <> $id RETURN count(p) AS n', { id })).toBe(seedBefore);
  });
});

describe('atomicity', () => {
  it('a failure in the middle of a load leaves nothing of that document', async () => {
    await ingestFiles(db, [OTHER]);
    const before = render('json', await readSnapshot(db));
    const ingestor = await Ingestor.create(db, { failAfterBatches: 3, batchSize: 5 });
    const r = await ingestor.ingestFile(SEED);
    expect(r.status).toBe('failed');
    expect(r.error).toMatch(/injected failure/);
    expect(render('json', await readSnapshot(db))).toBe(before);
  });
});

describe('bad input', () => {
  it('each bad document gets one clear line, nothing is written for it, and the others still ingest', async () => {
    const bad: Record<string, string | Buffer> = {
      'empty.md': '',
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'latin1.md': Buffer.from([0x31, 0x2e, 0x20, 0xe9, 0x74, 0xe9, 0x0a]),
      'no-paragraphs.md': '# A title\n\nJust prose without numbered paragraphs.\n',
      'duplicates.md': '1. First.\n\n2. Second.\n\n2. Second again.\n',
    };
    const files = [];
    for (const [name, content] of Object.entries(bad)) {
      await writeFile(path.join(dir, name), content);
      files.push(path.join(dir, name));
    }
    const reports = await ingestFiles(db, [...files, path.join(dir, 'missing.md'), OTHER]);
    const failed = reports.filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(6);
    for (const f of failed) {
      expect(f.error).toContain(path.basename(f.file));
      expect(f.error).not.toContain('\n');
    }
    expect(reports.at(-1)!.status).toBe('created');
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(1);
  });

  it('a malformed curation file fails that document only', async () => {
    const curationDir = await mkdtemp(path.join(tmpdir(), 'kg-curation-'));
    await writeFile(path.join(curationDir, 'ngo-dialogue-2031.json'), '{"operations": [{"op": "set"}]}');
    const reports = await ingestFiles(db, [OTHER, SEED], { curationDir });
    expect(reports[0]!.status).toBe('failed');
    expect(reports[0]!.error).toMatch(/ngo-dialogue-2031\.json: invalid curation file/);
    expect(reports[1]!.status).toBe('created');
  });
});
