/**
 * Curators' work survives re-ingestion, and `kg diff` shows what a re-ingest would change.
 * A short dialogue summary written for this test (tests/fixtures/diff/dialogue-v1.md) is
 * corrected through the API, then ingested again: unchanged, under a changed vocabulary, and
 * in a reworded version (dialogue-v2.md: paragraph 2 now gives 71%, the Desert Routes
 * Observatory's paragraph is gone). Expected values come from those texts.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestApi, data, gql, EDITOR_KEY, SEED, type TestApi } from './support/api.js';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import { ingestFiles } from '../../../src/ingest/index.js';
import { diffFiles } from '../../../src/ingest/diff/index.js';
import { readSnapshot } from '../../../src/export/snapshot.js';
import { testNeo4j } from '../../support/test-db.js';

const V1 = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'diff', 'dialogue-v1.md');
const V2 = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'diff', 'dialogue-v2.md');
// The document's UN symbol is its identity, so both wordings are one document.
const DOC = 'doc:ctoc-cop-wg-9-2026-crp-4';
const STAT = `${DOC}/stat:para2-stat-1`;
const DRO = 'org:desert-routes-observatory';
const DATA_MENTION = `MENTIONS:${DOC}/para:3->concept:data-and-evidence@${DOC}`;

let api: TestApi;
let url: string;
let vocab: string;
const editor = { authorization: `Bearer ${EDITOR_KEY}` };
const ops: Record<string, string> = {};

async function scalar<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  return api.raw.read(async (tx) => (await tx.run(cypher, params)).records[0]?.get(0) as T);
}

const mutate = async (m: string, vars: Record<string, unknown>) => data(url, m, vars, editor);
const CORRECT = `mutation($id: ID!, $set: JSON!) { correctNode(id: $id, set: $set, reason: "checked") { audit { id } } }`;

beforeAll(async () => {
  api = await startTestApi({ ingest: false });
  url = api.server.url;
  // A vocabulary change of the kind a release brings: one more wording of a concept.
  vocab = await mkdtemp(path.join(tmpdir(), 'kg-vocab-'));
  await cp(path.join(PROJECT_ROOT, 'seeds', 'vocabularies'), vocab, { recursive: true });
  const concepts = path.join(vocab, 'packs', 'migration', 'concepts.json');
  const json = JSON.parse(await readFile(concepts, 'utf8')) as { terms: { id: string; altLabels: string[] }[] };
  json.terms.find((t) => t.id === 'concept:search-and-rescue')!.altLabels.push('rescue service', 'rescue services');
  await writeFile(concepts, JSON.stringify(json));
});
afterAll(async () => {
  await api?.close();
  if (vocab) await rm(vocab, { recursive: true, force: true });
});

describe('curation survives re-ingestion', () => {
  it('keeps API corrections as curation ops', async () => {
    const [first] = await ingestFiles(api.raw, [V1]);
    expect(first).toMatchObject({ status: 'created', documentId: DOC });
    // Paragraph 2: "62% of the people her organization assisted"; the curator names the organization.
    ops.population = (
      await mutate(CORRECT, { id: STAT, set: { population: 'people assisted by the Harbour Lights Legal Aid Network' } })
    ).correctNode.audit.id;
    ops.value = (await mutate(CORRECT, { id: STAT, set: { value: 26 } })).correctNode.audit.id;
    // A shared node: only this document names the observatory, so a re-ingest deletes and recreates it.
    ops.kind = (await mutate(CORRECT, { id: DRO, set: { kind: 'ngo' } })).correctNode.audit.id;
    ops.mention = (await mutate(`mutation($id: ID!) { removeFact(id: $id) { audit { id } } }`, { id: DATA_MENTION })).removeFact.audit.id;
    const stored = await data(url, `{ curationOps(sort: [{ at: ASC }]) { action targets documentIds status who } }`);
    expect(stored.curationOps).toHaveLength(4);
    expect(stored.curationOps.every((o: { status: string; who: string }) => o.status === 'active' && o.who === 'tester')).toBe(true);
    expect(stored.curationOps[2]).toMatchObject({ action: 'correctNode', targets: [DRO], documentIds: [DOC] });
  });

  it('an unchanged document is not written again, and its corrections stay', async () => {
    const [again] = await ingestFiles(api.raw, [V1]);
    expect(again!.status).toBe('unchanged');
    expect(await scalar('MATCH (s:Statistic {id: $id}) RETURN s.value', { id: STAT })).toBe(26);
  });

  it('kg diff under a changed vocabulary lists the new mention with its evidence and writes nothing', async () => {
    const before = await readSnapshot(api.raw);
    const [d] = await diffFiles(api.raw, [V1], { vocabularyDir: vocab });
    expect(d).toMatchObject({ status: 'changed', documentId: DOC, curationApplied: 4, curationConflicts: [] });
    // Paragraph 3: "remote crossings where no rescue service operates".
    const mention = d!.facts.find((f) => f.id === `MENTIONS:${DOC}/para:3->concept:search-and-rescue@${DOC}`);
    expect(mention).toMatchObject({ change: 'appeared', fact: 'relationship', evidence: { paragraphs: ['3'] } });
    expect(mention!.evidence.quote).toMatch(/rescue service/);
    // The corrections would be applied again, so they are not reported as changes.
    expect(d!.facts.find((f) => f.id === STAT)).toBeUndefined();
    expect(d!.facts.find((f) => f.id === DATA_MENTION)).toBeUndefined();
    expect(await readSnapshot(api.raw)).toEqual(before);
  });

  it('re-ingesting under the changed vocabulary applies every correction again, in the same write', async () => {
    const [r] = await ingestFiles(api.raw, [V1], { vocabularyDir: vocab });
    expect(r).toMatchObject({ status: 'updated', curationApplied: 4, curationConflicts: [] });
    expect(await scalar('MATCH (s:Statistic {id: $id}) RETURN s.value', { id: STAT })).toBe(26);
    expect(await scalar('MATCH (s:Statistic {id: $id}) RETURN s.population', { id: STAT })).toBe(
      'people assisted by the Harbour Lights Legal Aid Network',
    );
    expect(await scalar('MATCH (o:Organization {id: $id}) RETURN o.kind', { id: DRO })).toBe('ngo');
    const mentions = await scalar<string[]>('MATCH (:Paragraph {id: $p})-[:MENTIONS]->(c:Concept) RETURN collect(c.id)', {
      p: `${DOC}/para:3`,
    });
    expect(mentions).toContain('concept:search-and-rescue');
    expect(mentions).not.toContain('concept:data-and-evidence');
  });

  it('ingesting the same again changes nothing', async () => {
    const before = await readSnapshot(api.raw);
    const [r] = await ingestFiles(api.raw, [V1], { vocabularyDir: vocab });
    expect(r!.status).toBe('unchanged');
    expect(await readSnapshot(api.raw)).toEqual(before);
  });

  it('undo still works, and an undone correction is not applied again', async () => {
    await mutate(`mutation($a: ID!) { undo(auditId: $a) { audit { id } } }`, { a: ops.population });
    // Back to the machine's reading of paragraph 2.
    expect(await scalar('MATCH (s:Statistic {id: $id}) RETURN s.population', { id: STAT })).toBe('people her organization assisted');
    const op = await data(url, `query($a: ID!) { curationOps(where: { auditId: { eq: $a } }) { status } }`, { a: ops.population });
    expect(op.curationOps[0].status).toBe('undone');
  });

  it('kg diff on the reworded document lists what changed, with evidence, and the corrections that would conflict', async () => {
    const [d] = await diffFiles(api.raw, [V2]);
    expect(d!.status).toBe('changed');
    // Paragraph 2 now reads "71% of the people assisted by her network"; the graph shows the curator's 26.
    const stat = d!.facts.find((f) => f.id === STAT);
    expect(stat!.change).toBe('changed');
    expect(stat!.properties.find((p) => p.key === 'value')).toEqual({ key: 'value', before: 26, after: 71 });
    expect(stat!.evidence.paragraphs).toEqual(['2']);
    expect(stat!.evidence.quote).toMatch(/71%/);
    // The old paragraph 4 (the Institute for Maritime Justice) is paragraph 3 now.
    expect(d!.facts.find((f) => f.id === `${DOC}/para:4`)).toMatchObject({ change: 'disappeared', evidence: { paragraphs: ['4'] } });
    const gone = d!.facts.find((f) => f.id === `PARTICIPATED_IN:${DRO}->${DOC}/meeting@${DOC}`);
    expect(gone).toMatchObject({ change: 'disappeared', evidence: { paragraphs: ['3'] } });
    expect(gone!.evidence.quote).toMatch(/Desert Routes Observatory/);
    expect(d!.curationConflicts.map((c) => c.auditId).sort()).toEqual([ops.value, ops.kind, ops.mention].sort());
    expect(await scalar('MATCH (s:Statistic {id: $id}) RETURN s.value', { id: STAT })).toBe(26);
  });

  it('the kg command prints the diff with its evidence and exits 0', async () => {
    const t = testNeo4j();
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'kg.js'), 'diff', V2], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^changed +${V2.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} → ${DOC}: \\d+ appeared`, 'm'));
    expect(out.stdout).toMatch(/~ Statistic .*stat:para2-stat-1\n(\s+.*\n)*?\s+value: 26 → 71\n/);
    expect(out.stdout).toMatch(/¶2 "[^"]*71%/);
    expect(out.stdout).toMatch(new RegExp(`conflict +curation:\\S+ \\(correctNode by tester, [^)]+\\): ${DRO} is no longer in the graph`));
  }, 180_000);

  it('ingesting the reworded document reports each correction that no longer applies, and keeps it as a conflict', async () => {
    const text = await readFile(V2, 'utf8');
    const r = (
      await mutate(
        `mutation($t: String!) { ingestDocument(filename: "dialogue-v2.md", text: $t) { status curationApplied curationConflicts { auditId action targets reason } } }`,
        { t: text },
      )
    ).ingestDocument;
    expect(r.status).toBe('updated');
    const byAudit = new Map(r.curationConflicts.map((c: { auditId: string; reason: string }) => [c.auditId, c.reason]));
    expect(byAudit.size).toBe(3);
    // The value the curator corrected (62) is not what the document gives now (71): the correction is not applied.
    expect(byAudit.get(ops.value)).toMatch(/value was 62 when corrected to 26, the document now gives 71/);
    expect(byAudit.get(ops.kind)).toMatch(/no longer in the graph/);
    expect(byAudit.get(ops.mention)).toMatch(/no longer extracted/);
    expect(await scalar('MATCH (s:Statistic {id: $id}) RETURN s.value', { id: STAT })).toBe(71);
    const conflicts = await data(url, `{ curationOps(where: { status: { eq: "conflict" } }) { auditId conflict } }`);
    expect(conflicts.curationOps.map((o: { auditId: string }) => o.auditId).sort()).toEqual([ops.value, ops.kind, ops.mention].sort());
    const again = (await mutate(`mutation($t: String!) { ingestDocument(filename: "dialogue-v2.md", text: $t) { status } }`, { t: text }))
      .ingestDocument;
    expect(again.status).toBe('unchanged');
  });

  it('a conflicting op, once undone, is retired without touching the graph', async () => {
    await mutate(`mutation($a: ID!) { undo(auditId: $a) { audit { id } } }`, { a: ops.value });
    expect(await scalar('MATCH (s:Statistic {id: $id}) RETURN s.value', { id: STAT })).toBe(71);
    expect(await scalar('MATCH (o:CurationOp {auditId: $a}) RETURN o.status', { a: ops.value })).toBe('undone');
  });
  it('diffDocument answers the same through the API, and writes nothing', async () => {
    const text = await readFile(V1, 'utf8');
    const r = (
      await mutate(
        `mutation($t: String!) { diffDocument(filename: "dialogue-v1.md", text: $t) { status documentId facts { change id properties paragraphs quote } curationConflicts { auditId } } }`,
        { t: text },
      )
    ).diffDocument;
    expect(r).toMatchObject({ status: 'changed', documentId: DOC });
    // Back to the first wording: paragraph 2 gives 62% again.
    const stat = r.facts.find((f: { id: string }) => f.id === STAT);
    expect(stat.properties).toContainEqual({ key: 'value', before: 71, after: 62 });
    expect(stat.paragraphs).toEqual(['2']);
    expect(stat.quote).toMatch(/62%/);
    expect(await scalar('MATCH (s:Statistic {id: $id}) RETURN s.value', { id: STAT })).toBe(71);
    const anonymous = await gql(url, `mutation($t: String!) { diffDocument(filename: "x.md", text: $t) { status } }`, { t: text });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
  it('in a batch of documents too, an op in conflict applies again once the document gives its target back', async () => {
    // Both files in one transaction (loadDocumentGraphs); the first wording names the observatory again.
    const [v1, seed] = await ingestFiles(api.raw, [V1, SEED]);
    expect(seed!.status).toBe('created');
    expect(v1).toMatchObject({ status: 'updated', curationApplied: 2, curationConflicts: [] });
    expect(await scalar('MATCH (o:Organization {id: $id}) RETURN o.kind', { id: DRO })).toBe('ngo');
    expect(await scalar('MATCH (o:CurationOp {auditId: $a}) RETURN o.status', { a: ops.kind })).toBe('active');
    expect(await scalar('MATCH (o:CurationOp {auditId: $a}) RETURN o.status', { a: ops.mention })).toBe('active');
    expect(
      await scalar('MATCH (:Paragraph {id: $p})-[r:MENTIONS]->(:Concept {id: "concept:data-and-evidence"}) RETURN count(r)', {
        p: `${DOC}/para:3`,
      }),
    ).toBe(0);
  });
});
