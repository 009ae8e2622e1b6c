/**
 * The queries researchers are shown first: the README's five and GraphiQL's example tabs,
 * read from where they are published (README.md, src/api/graphiql/examples.ts) and run as
 * written on the seed, over HTTP. A schema change that breaks one fails here; the expected
 * answers are the README's own words, which were read off the seed's paragraphs (cited).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestApi, data, gql, type Answer, type TestApi } from './support/api.js';
import { readmeQueries } from './support/readme-queries.js';
import { EXAMPLES } from '../../../src/api/graphiql/examples.js';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import { expandInputs } from '../../../src/cli/inputs.js';

let api: TestApi;
let url: string;

beforeAll(async () => {
  // What `npm start` ingests: every document of seeds/.
  api = await startTestApi({ files: await expandInputs([path.join(PROJECT_ROOT, 'seeds')]) });
  url = api.server.url;
}, 900_000);
afterAll(async () => api?.close());

const paragraphsOf = (citations: { paragraph: string }[]) => citations.map((c) => c.paragraph);

describe("the README's queries, as written", () => {
  const queries = readmeQueries();

  it('are six', () => expect(queries).toHaveLength(6));

  it('1: the eight panellists, four per panel, each with the paragraph that introduces them', async () => {
    const d = await data(url, queries[0]!);
    const panels = d.panels as Answer[];
    expect(panels.map((p) => p.ordinal)).toEqual([1, 2]);
    const seats = (p: Answer) =>
      (p.panellistsConnection.edges as Answer[]).map((e) => ({
        org: `${e.node.represents[0]?.name} ${e.node.represents[0]?.acronym ?? ''}`,
        paragraphs: paragraphsOf(e.node.citations),
      }));
    // Paragraphs 13–16 introduce panel 1's speakers, 22–25 panel 2's, in this order.
    const expected: [number, RegExp, string][][] = [
      [
        [0, /MMC/, '13'],
        [1, /Bali Process/, '14'],
        [2, /Centre for the Study of Crime/, '15'],
        [3, /CHTEA/, '16'],
      ],
      [
        [0, /Global Initiative Against Transnational Organized Crime/, '22'],
        [1, /GLOHOMO/, '23'],
        [2, /AGJA/, '24'],
        [3, /Citizens for a Common Cause/, '25'],
      ],
    ];
    panels.forEach((panel, i) => {
      const s = seats(panel);
      expect(s).toHaveLength(4);
      for (const [at, org, para] of expected[i]!) {
        expect(s[at]!.org).toMatch(org);
        expect(s[at]!.paragraphs).toContain(para);
      }
    });
  });

  it('2: observation 40 invokes the non-liability principle and draws first on the panellists who spoke of it', async () => {
    const d = await data(url, queries[1]!);
    const obs = (d.observations as Answer[]).find((o) => o.number === '40');
    expect(obs).toBeDefined();
    const behind = (obs!.drawsOnConnection.edges as Answer[]).map((e) => paragraphsOf(e.node.citations)[0]);
    // Read in the seed: ¶14 ("lacked the non-liability clause"), ¶22 ("compromises the
    // non-liability principle") and ¶24 ("apply the non-liability principle") are the three
    // statements that name it.
    expect([...behind].sort()).toEqual(['14', '22', '24']);
  });

  it("3: the MMC's figures, largest first, each quoted from paragraph 13", async () => {
    const d = await data(url, queries[2]!);
    const stats = d.statistics as Answer[];
    // Paragraph 13: "48,415 interviews", then 68, 66, 47, 36 and 8 per cent.
    expect(stats[0]).toMatchObject({ value: 48415, unit: 'interviews' });
    expect(stats.map((s) => s.value)).toEqual(expect.arrayContaining([68, 66, 47, 36, 8]));
    for (const s of stats) {
      expect(s.citations[0].citation).toMatch(/, para\. 13$/);
      expect(s.citations[0].quote).toBeTruthy();
    }
  });

  it('4: the Global Initiative reaches observation 42 through a mention and a DRAWS_ON, each with its paragraph', async () => {
    const d = await data(url, queries[3]!);
    const path = d.shortestPath as Answer;
    expect(path.nodes[0].id).toBe('org:global-initiative-against-transnational-organized-crime');
    expect(path.nodes.at(-1).id).toBe('doc:constructive-dialogue-on-the-review-process-a1e692cdf4b1/obs:42');
    const types = (path.edges as Answer[]).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['MENTIONS', 'DRAWS_ON']));
    const paragraphs = (path.edges as Answer[]).flatMap((e) => paragraphsOf(e.evidence));
    expect(paragraphs).toEqual(expect.arrayContaining(['22', '42']));
  });

  it("6 (series and timelines): Amnesty International at the reviews of 2014 and 2019, as each summary's endnote 1 lists it", async () => {
    const d = await data(url, queries[5]!);
    const t = d.timeline as Answer;
    // A/HRC/WG.6/20/SVN/3 and A/HRC/WG.6/34/SVN/3, endnote 1: "AI Amnesty International, London, United Kingdom".
    expect([t.firstSeen, t.lastSeen]).toEqual(['2014-11-04', '2019-11-12']);
    expect(t.entries.map((e: Answer) => [e.meeting.date, e.meeting.documents, e.roles])).toEqual([
      ['2014-11-04', ['doc:a-hrc-28-15', 'doc:a-hrc-wg-6-20-svn-3'], ['stakeholder submitting']],
      ['2019-11-12', ['doc:a-hrc-43-15', 'doc:a-hrc-wg-6-34-svn-3'], ['stakeholder submitting']],
    ]);
    expect(t.entries[0].citations[0].citation).toMatch(/^A\/HRC\/WG\.6\/20\/SVN\/3, para\. /);
  });

  it('5: violence is the driver most speakers raised (paragraphs 14 and 17)', async () => {
    const d = await data(url, queries[4]!);
    const first = (d.driversOfMigration as Answer[])[0]!;
    expect(first.rank).toBe(1);
    expect(first.driver.name).toMatch(/violence/i);
    const paragraphs = (first.raisedIn as Answer[]).map((s) => s.citation?.paragraph);
    expect(paragraphs).toEqual(expect.arrayContaining(['14', '17']));
  });
});

describe("GraphiQL's example tabs, as written", () => {
  it.each(EXAMPLES.map((e) => [e.title, e] as const))('%s answers without errors, and not with nothing', async (_title, example) => {
    const r = await gql(url, example.query, example.variables ?? {});
    expect(r.body.errors ?? []).toEqual([]);
    const answer = Object.values(r.body.data ?? {})[0];
    expect(answer).toBeTruthy();
    if (Array.isArray(answer)) expect(answer.length).toBeGreaterThan(0);
  });
});

describe('the schema as researchers read it, on the seed', () => {
  it("gives a meeting's participation as a list by kind of actor, enums and single links as such", async () => {
    const d = await data(
      url,
      `{ meetings(where: { kind: { eq: "constructive dialogue" } }) { format participation { kind count } documents { name } session { ordinal workingGroup { name } } }
         statements(where: { speakerKind: { eq: PANELLIST } }, limit: 1) { speakerKind method context { __typename ... on Panel { ordinal } } }
         organizations(where: { kind: { eq: NGO } }, limit: 1) { kind } }`,
    );
    const [meeting] = d.meetings as Answer[];
    // Paragraph 3: "in a hybrid format"; "Forty non-governmental organizations and four other
    // relevant stakeholders (three from academia and one from the private sector) … thirty-eight Member States".
    expect(meeting!.format).toBe('HYBRID');
    expect(meeting!.participation).toEqual(
      expect.arrayContaining([
        { kind: 'NGO', count: 40 },
        { kind: 'MEMBER_STATE', count: 38 },
      ]),
    );
    // "after the conclusion of the tenth session of the Working Group on the Smuggling of Migrants".
    expect(meeting!.session).toMatchObject({ ordinal: 10, workingGroup: { name: expect.stringMatching(/Smuggling of Migrants/) } });
    expect(meeting!.documents[0].name).toBeTruthy();
    const [statement] = d.statements as Answer[];
    expect(statement).toMatchObject({
      speakerKind: 'PANELLIST',
      method: expect.stringMatching(/^[A-Z]+$/),
      context: { __typename: 'Panel' },
    });
    expect(d.organizations).toEqual([{ kind: 'NGO' }]);
  });
});
