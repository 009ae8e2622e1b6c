/**
 * Curation through the API: each write needs the editor key, is recorded as an AuditEntry
 * (who = the key's name, when, what), and merges, corrections and removals can be undone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestApi, data, gql, EDITOR_KEY, type TestApi } from './support/api.js';

let api: TestApi;
let url: string;
const editor = { authorization: `Bearer ${EDITOR_KEY}` };

beforeAll(async () => {
  api = await startTestApi();
  url = api.server.url;
});
afterAll(async () => api?.close());

const ORG = `query($id: ID!) { organizations(where: { id: { eq: $id } }) { id name acronym aliases representatives { id } statementsConnection { totalCount } } }`;

async function organizations(): Promise<{ id: string; name: string; acronym: string | null }[]> {
  return (await data(url, '{ organizations(limit: 500, sort: [{ id: ASC }]) { id name acronym } }')).organizations;
}

describe('curation', () => {
  it('corrects a property, records who did it, and can undo it', async () => {
    const [org] = await organizations();
    const r = await data(
      url,
      `mutation($id: ID!) { correctNode(id: $id, set: { location: "Geneva", kind: "ngo" }, reason: "checked") { node { id properties } audit { id action who at targets reason before } } }`,
      { id: org!.id },
      editor,
    );
    expect(r.correctNode.node.properties.location).toBe('Geneva');
    expect(r.correctNode.audit).toMatchObject({ action: 'correctNode', who: 'tester', targets: [org!.id], reason: 'checked' });
    expect(Date.parse(r.correctNode.audit.at)).toBeGreaterThan(Date.now() - 60_000);

    const u = await data(
      url,
      `mutation($a: ID!) { undo(auditId: $a) { node { properties } audit { action undoes } } }`,
      { a: r.correctNode.audit.id },
      editor,
    );
    expect(u.undo.node.properties.location).toBeUndefined();
    expect(u.undo.audit.undoes).toBe(r.correctNode.audit.id);

    const again = await gql(url, `mutation($a: ID!) { undo(auditId: $a) { audit { id } } }`, { a: r.correctNode.audit.id }, editor);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses to change identity', async () => {
    const [org] = await organizations();
    const r = await gql(url, `mutation($id: ID!) { correctNode(id: $id, set: { id: "x" }) { node { id } } }`, { id: org!.id }, editor);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/`id` cannot be changed/);
  });

  it('merges two organizations into one and splits them back on undo', async () => {
    const withStatements = (
      await data(
        url,
        `{ organizations(where: { representatives: { some: { name: { contains: "" } } } }, limit: 2, sort: [{ id: ASC }]) { id name } }`,
      )
    ).organizations;
    expect(withStatements.length).toBe(2);
    const [keep, absorb] = withStatements as { id: string; name: string }[];
    const before = (await data(url, ORG, { id: keep!.id })).organizations[0];
    const absorbedBefore = (await data(url, ORG, { id: absorb!.id })).organizations[0];

    const m = await data(
      url,
      `mutation($k: ID!, $a: ID!) { mergeOrganizations(keep: $k, absorb: $a, reason: "same body") { node { id properties } audit { id action targets } } }`,
      { k: keep!.id, a: absorb!.id },
      editor,
    );
    expect(m.mergeOrganizations.audit).toMatchObject({ action: 'mergeOrganizations', targets: [keep!.id, absorb!.id] });
    expect(m.mergeOrganizations.node.properties.aliases).toContain(absorb!.name);
    expect((await data(url, ORG, { id: absorb!.id })).organizations).toEqual([]);
    const merged = (await data(url, ORG, { id: keep!.id })).organizations[0];
    expect(merged.representatives.length).toBe(before.representatives.length + absorbedBefore.representatives.length);

    await data(url, `mutation($a: ID!) { undo(auditId: $a) { audit { id } } }`, { a: m.mergeOrganizations.audit.id }, editor);
    expect((await data(url, ORG, { id: keep!.id })).organizations[0]).toEqual(before);
    expect((await data(url, ORG, { id: absorb!.id })).organizations[0]).toEqual(absorbedBefore);
  });

  it('removes a fact (a relationship by its edge id, or a node) and puts it back on undo', async () => {
    const view = (await data(url, `{ statements(limit: 1, sort: [{ id: ASC }]) { id } }`)).statements[0];
    const detail = (await data(url, `query($id: ID!) { node(id: $id) { neighbours { edges { id type } } } }`, { id: view.id })).node;
    const edge = detail.neighbours.edges.find((e: { type: string }) => e.type === 'EVIDENCED_BY');
    const r = await data(url, `mutation($id: ID!) { removeFact(id: $id) { audit { id action } } }`, { id: edge.id }, editor);
    const after = (await data(url, `query($id: ID!) { node(id: $id) { neighbours { edges { id } } } }`, { id: view.id })).node;
    expect(after.neighbours.edges.map((e: { id: string }) => e.id)).not.toContain(edge.id);
    await data(url, `mutation($a: ID!) { undo(auditId: $a) { audit { id } } }`, { a: r.removeFact.audit.id }, editor);
    const restored = (await data(url, `query($id: ID!) { node(id: $id) { neighbours { edges { id } } } }`, { id: view.id })).node;
    expect(restored.neighbours.edges.map((e: { id: string }) => e.id)).toContain(edge.id);

    const n = await data(url, `mutation($id: ID!) { removeFact(id: $id) { audit { id } } }`, { id: view.id }, editor);
    expect((await data(url, `query($id: ID!) { node(id: $id) { node { id } } }`, { id: view.id })).node).toBeNull();
    await data(url, `mutation($a: ID!) { undo(auditId: $a) { audit { id } } }`, { a: n.removeFact.audit.id }, editor);
    const back = (await data(url, `query($id: ID!) { node(id: $id) { neighbours { edges { id } } } }`, { id: view.id })).node;
    expect(back.neighbours.edges.length).toBe(detail.neighbours.edges.length);
  });

  it('refuses to remove document structure', async () => {
    const p = (await data(url, `{ paragraphs(limit: 1) { id } }`)).paragraphs[0];
    const r = await gql(url, `mutation($id: ID!) { removeFact(id: $id) { audit { id } } }`, { id: p.id }, editor);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/document structure/);
  });

  it('ingests a document sent as text, and re-sending it changes nothing', async () => {
    const text = [
      '# Summary of the third constructive dialogue on trafficking in persons',
      '',
      '1. The third constructive dialogue took place on 3 June 2024 in Vienna.',
      '',
      '2. The panellist from the Example Research Network (ERN) stressed that corruption drives smuggling.',
      '',
    ].join('\n');
    const mutation = `mutation($t: String!) { ingestDocument(filename: "example-dialogue.md", text: $t) { status documentId nodesCreated error audit { action who targets } } }`;
    const first = (await data(url, mutation, { t: text }, editor)).ingestDocument;
    expect(first.error).toBeNull();
    expect(first.status).toBe('created');
    expect(first.audit).toMatchObject({ action: 'ingestDocument', who: 'tester', targets: [first.documentId] });
    const paragraphs = await data(
      url,
      `query($d: ID!) { paragraphs(where: { document: { id: { eq: $d } }, kind: { eq: "numbered" } }) { number citation } }`,
      {
        d: first.documentId,
      },
    );
    expect(paragraphs.paragraphs.length).toBe(2);
    const second = (await data(url, mutation, { t: text }, editor)).ingestDocument;
    expect(second.status).toBe('unchanged');
  });

  it('ingests an official PDF sent as base64: its symbol is its id, its citations give the page', async () => {
    const pdf = readFileSync(fileURLToPath(new URL('../../../seeds/A_HRC_WG.6_34_SVN_3.pdf', import.meta.url)));
    const mutation = `mutation($b: String!) { ingestDocument(filename: "A_HRC_WG.6_34_SVN_3.pdf", contentBase64: $b) { status documentId error } }`;
    const r = (await data(url, mutation, { b: pdf.toString('base64') }, editor)).ingestDocument;
    expect(r).toMatchObject({ status: 'created', documentId: 'doc:a-hrc-wg-6-34-svn-3', error: null });
    // Paragraph 1 of the summary is printed on page 2 of the PDF (page 1 is the cover and title block).
    const [p1] = (
      await data(url, `query($d: ID!) { paragraphs(where: { document: { id: { eq: $d } }, number: { eq: "1" } }) { citation } }`, {
        d: r.documentId,
      })
    ).paragraphs;
    expect(p1.citation).toMatch(/A\/HRC\/WG\.6\/34\/SVN\/3, para\. 1 \(pp?\. \d/);
    const both = await gql(
      url,
      `mutation { ingestDocument(filename: "x.md", text: "1. A.", contentBase64: "QQ==") { status } }`,
      {},
      editor,
    );
    expect(both.body.errors?.[0]?.message).toMatch(/exactly one of `text` and `contentBase64`/);
  });

  it('keeps every write in the audit log, readable by anyone', async () => {
    const log = (await data(url, `{ auditEntries(sort: [{ at: ASC }]) { action who at undoes undoneBy } }`)).auditEntries as {
      action: string;
      who: string;
    }[];
    expect(log.length).toBeGreaterThanOrEqual(8);
    expect(new Set(log.map((e) => e.who))).toEqual(new Set(['tester']));
    expect(new Set(log.map((e) => e.action))).toEqual(
      new Set(['correctNode', 'undo', 'mergeOrganizations', 'removeFact', 'ingestDocument']),
    );
  });
});
