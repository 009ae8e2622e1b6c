/**
 * Citations of evidence read outside numbered paragraphs, on the UPR of Slovenia in seeds/:
 * - the 2019 stakeholders' summary (A/HRC/WG.6/34/SVN/3) lists its stakeholders only in
 *   endnote 1 ("Civil society / Individual submissions: AI Amnesty International, London,
 *   United Kingdom; LMPT La Manif Pour Tous, Paris, France; ICAN International Campaign to
 *   Abolish Nuclear Weapons, Geneva, Switzerland; …"), so their taking part cites note 1;
 * - the 2014 Working Group report (A/HRC/28/15) lists the delegation in its annex
 *   ("Ms. Ružica Boškič, Acting Director-General, Family Affairs Directorate, …"), so her
 *   gender is cited from the annex, with the words "Ms.".
 * Expected values were read in the PDFs.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, startTestApi, type Answer, type TestApi } from './support/api.js';
import { PROJECT_ROOT } from '../../../src/config/settings.js';

const SUMMARY_2019 = 'doc:a-hrc-wg-6-34-svn-3';
const FILES = ['A_HRC_28_15.pdf', 'A_HRC_WG.6_34_SVN_3.pdf'].map((f) => path.join(PROJECT_ROOT, 'seeds', f));
/** Stakeholders endnote 1 of A/HRC/WG.6/34/SVN/3 lists, as it prints their names. */
const LISTED = ['Amnesty International', 'La Manif Pour Tous', 'International Campaign to Abolish Nuclear Weapons'];
const CITATION_FIELDS = 'documentId paragraph place paragraphId text citation quote';

let api: TestApi;
let url: string;
beforeAll(async () => {
  api = await startTestApi({ files: FILES });
  url = api.server.url;
}, 300_000);
afterAll(async () => api?.close());

describe('citations of a note', () => {
  it("gives the 2019 summary's submitters a citation to note 1 whose text names them", async () => {
    const d = await data(
      url,
      `query ($names: [String!]!) { organizations(where: { name: { in: $names } }, sort: [{ name: ASC }]) {
          id name citations(limit: 50) { ${CITATION_FIELDS} } } }`,
      { names: LISTED },
    );
    const orgs = d.organizations as Answer[];
    expect(orgs.map((o) => o.name).sort()).toEqual([...LISTED].sort());
    for (const org of orgs) {
      const notes = (org.citations as Answer[]).filter((c) => c.documentId === SUMMARY_2019 && c.place === 'NOTE');
      expect(notes, org.name).toHaveLength(1);
      expect(notes[0]!).toMatchObject({ paragraph: 'fn1', citation: 'A/HRC/WG.6/34/SVN/3, note 1', paragraphId: `${SUMMARY_2019}/fn:1` });
      expect(notes[0]!.text).toContain('The stakeholders listed below have contributed information for this summary');
      expect(notes[0]!.text).toContain(org.name);
    }
  });

  it('cites note 1 in the 2019 timeline entry of a submitter the summary names only in its note', async () => {
    // Organizations whose taking part in the 2019 review rests on note 1 alone (a stakeholder
    // that the summary also quotes has its paragraphs too, and a timeline row keeps three citations).
    const onlyListed = await api.raw.query<{ id: string; name: string }>(
      `MATCH (o:Organization)-[r:PARTICIPATED_IN]->(:Meeting) WHERE r.documentId = $doc AND r.paragraphs = ['fn1']
       RETURN o.id AS id, o.name AS name ORDER BY id`,
      { doc: SUMMARY_2019 },
    );
    expect(onlyListed.length).toBeGreaterThan(0);
    for (const { id, name } of onlyListed) {
      const d = await data(
        url,
        `query ($id: ID!) { timeline(id: $id) { entries { meeting { documents } roles citations { ${CITATION_FIELDS} } } } }`,
        { id },
      );
      const entry = ((d.timeline as Answer).entries as Answer[]).find((e) => e.meeting.documents.includes(SUMMARY_2019));
      expect(entry?.roles, name).toContain('stakeholder submitting');
      expect(entry!.citations, name).toEqual([expect.objectContaining({ place: 'NOTE', citation: 'A/HRC/WG.6/34/SVN/3, note 1' })]);
      expect(entry!.citations[0].text).toContain('The stakeholders listed below have contributed information for this summary');
    }
  });

  it('keeps note 1 among the three citations of a submitter the summary also quotes', async () => {
    // Amnesty International is listed in note 1 and quoted in the summary's paragraphs: its
    // row cites the first paragraph that quotes it and the note that lists it.
    const [ai] = await api.raw.query<{ id: string; paragraphs: string[] }>(
      `MATCH (o:Organization {name: 'Amnesty International'})-[r:PARTICIPATED_IN]->(:Meeting) WHERE r.documentId = $doc
       RETURN o.id AS id, r.paragraphs AS paragraphs`,
      { doc: SUMMARY_2019 },
    );
    expect(ai!.paragraphs.filter((p) => p !== 'fn1').length).toBeGreaterThanOrEqual(3);
    const d = await data(
      url,
      `query ($id: ID!) { timeline(id: $id) { entries { meeting { documents } citations { ${CITATION_FIELDS} } } } }`,
      {
        id: ai!.id,
      },
    );
    const entry = ((d.timeline as Answer).entries as Answer[]).find((e) => e.meeting.documents.includes(SUMMARY_2019));
    expect(entry!.citations).toHaveLength(3);
    expect(entry!.citations).toContainEqual(expect.objectContaining({ place: 'NOTE', citation: 'A/HRC/WG.6/34/SVN/3, note 1' }));
    expect(entry!.citations[0]).toMatchObject({ place: 'PARAGRAPH', documentId: SUMMARY_2019 });
  });

  it('opens the note as a node with the note itself as its evidence', async () => {
    const d = await data(url, `query ($id: ID!) { node(id: $id) { node { label } evidence { place citation text } } }`, {
      id: `${SUMMARY_2019}/fn:1`,
    });
    const n = d.node as Answer;
    expect(n.node.label).toBe('Footnote');
    expect(n.evidence[0]).toMatchObject({ place: 'NOTE', citation: 'A/HRC/WG.6/34/SVN/3, note 1' });
    expect(n.evidence[0].text).toContain('Amnesty International');
  });
});

describe('citations of an annex', () => {
  it("cites the annex, with the words 'Ms.', for Ružica Boškič's gender", async () => {
    const d = await data(
      url,
      `{ people(where: { id: { eq: "person:ruzica-boskic" } }) { name gender genderEvidence { ${CITATION_FIELDS} } } }`,
    );
    const person = (d.people as Answer[])[0]!;
    expect(person).toMatchObject({
      gender: 'WOMAN',
      genderEvidence: { place: 'ANNEX', quote: 'Ms.', citation: 'A/HRC/28/15, annex', documentId: 'doc:a-hrc-28-15' },
    });
    expect(person.genderEvidence.text).toContain('Ms. Ružica Boškič, Acting Director-General, Family Affairs Directorate');
    expect(person.genderEvidence.paragraph).toMatch(/^annex-\d+$/);
  });
});
