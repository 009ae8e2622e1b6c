/**
 * The questions researchers and the secretariat come with, over HTTP against the real
 * server and the real Neo4j, on the seed (the 2023 constructive dialogue on the smuggling
 * of migrants). Every answer can cite its paragraph.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestApi, data, DOC, type Answer, type TestApi } from './support/api.js';

let api: TestApi;
let url: string;

beforeAll(async () => {
  api = await startTestApi();
  url = api.server.url;
});
afterAll(async () => api?.close());

const CITE = /^Summary of the second constructive dialogue on the smuggling of migrants \(2023-10-09\), para\. \d+$/;

describe('the panellists', () => {
  it('lists all eight, each with organization, panel and the paragraph that introduces them', async () => {
    const d = await data(
      url,
      `{ people(where: { spokeOn: { some: { ordinal: { gte: 1 } } } }) {
          name
          represents { name acronym kind }
          spokeOnConnection { edges { properties { position paragraphs } node { ordinal title } } }
          citations { paragraph citation text }
        } }`,
    );
    const rows = (d.people as Answer[])
      .map((p) => ({
        panel: p.spokeOnConnection.edges[0].node.ordinal,
        position: p.spokeOnConnection.edges[0].properties.position,
        organization: p.represents[0]?.acronym ?? p.represents[0]?.name,
        paragraph: p.spokeOnConnection.edges[0].properties.paragraphs[0],
        cited: p.citations[0]?.paragraph,
      }))
      .sort((a, b) => a.panel - b.panel || a.position - b.position);
    expect(rows).toEqual([
      { panel: 1, position: 1, organization: 'MMC', paragraph: '13', cited: '13' },
      { panel: 1, position: 2, organization: 'RSO', paragraph: '14', cited: '14' },
      { panel: 1, position: 3, organization: 'Centre for the Study of Crime', paragraph: '15', cited: '15' },
      { panel: 1, position: 4, organization: 'CHTEA', paragraph: '16', cited: '16' },
      { panel: 2, position: 1, organization: 'Global Initiative Against Transnational Organized Crime', paragraph: '22', cited: '22' },
      { panel: 2, position: 2, organization: 'GLOHOMO', paragraph: '23', cited: '23' },
      { panel: 2, position: 3, organization: 'AGJA', paragraph: '24', cited: '24' },
      { panel: 2, position: 4, organization: 'Citizens for a Common Cause', paragraph: '25', cited: '25' },
    ]);
    for (const p of d.people) expect(p.citations[0].citation).toMatch(CITE);
  });

  it('pages through them with cursors and counts them', async () => {
    const query = `query($after: String) { peopleConnection(first: 3, after: $after, sort: [{ name: ASC }], where: { spokeOn: { some: { ordinal: { gte: 1 } } } }) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const c: Answer = (await data(url, query, { after })).peopleConnection;
      expect(c.totalCount).toBe(8);
      names.push(...c.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(names).toHaveLength(8);
    expect([...names].sort()).toEqual(names);
  });
});

describe('the non-liability principle', () => {
  it('finds the observation that invokes it and the stakeholder statements behind it', async () => {
    const d = await data(
      url,
      `{ observations(where: { mentions: { some: { Concept: { id: { eq: "concept:non-liability-principle" } } } } }) {
          number text citations { citation }
          drawsOnConnection(sort: [{ edge: { score: DESC } }]) { edges { properties { score shared } node { paragraphNumber speakerSurface citations { citation } } } }
        } }`,
    );
    expect(d.observations.map((o: { number: string }) => o.number)).toEqual(['40']);
    const [obs] = d.observations;
    expect(obs.text).toMatch(/should not hold smuggled migrants liable/);
    expect(obs.citations[0].citation).toMatch(/para\. 40$/);
    const behind = obs.drawsOnConnection.edges as { properties: { score: number; shared: string[] }; node: { paragraphNumber: string } }[];
    // The panellists who raised it: AGJA (para. 24) names the principle; Global Initiative (para. 22) too.
    expect(behind.map((e) => e.node.paragraphNumber)).toEqual(expect.arrayContaining(['22', '24']));
    const agja = behind.find((e) => e.node.paragraphNumber === '24')!;
    expect(agja.properties.shared).toContain('non-liability principle');
    const scores = behind.map((e) => e.properties.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds the statements that name it, with the quoted words', async () => {
    const d = await data(
      url,
      `{ statements(where: { mentions: { some: { Concept: { id: { eq: "concept:non-liability-principle" } } } } }, sort: [{ paragraphNumber: ASC }]) {
          paragraphNumber mentionsConnection(where: { Concept: { node: { id: { eq: "concept:non-liability-principle" } } } }) { edges { properties { surface } } }
        } }`,
    );
    const paragraphs = d.statements.map((s: { paragraphNumber: string }) => s.paragraphNumber);
    expect(paragraphs).toEqual(expect.arrayContaining(['22', '24']));
  });
});

describe('the MMC survey', () => {
  it('returns the six figures with their source and citations', async () => {
    const d = await data(
      url,
      `{ statistics(where: { reportedBy: { some: { acronym: { eq: "MMC" } } } }, sort: [{ value: DESC }]) {
          value unit description citations { paragraph citation quote text } reportedBy { name } } }`,
    );
    expect(d.statistics.map((s: { value: number; unit: string }) => `${s.value}${s.unit === '%' ? '%' : ` ${s.unit}`}`)).toEqual([
      '48415 interviews',
      '68%',
      '66%',
      '47%',
      '36%',
      '8%',
    ]);
    for (const s of d.statistics) {
      expect(s.reportedBy[0].name).toBe('Mixed Migration Centre');
      expect(s.citations[0]).toMatchObject({ paragraph: '13' });
      expect(s.citations[0].citation).toMatch(CITE);
      expect(s.citations[0].text).toContain(s.citations[0].quote);
    }
  });
});

describe('graph questions', () => {
  const PATH_QUERY = `query($from: ID!, $to: ID!, $via: [RelationshipType!]) {
    shortestPath(from: $from, to: $to, via: $via) { nodes { id label } edges { type source target evidence { paragraph citation } } } }`;
  const HUB_EDGES = ['PRODUCED', 'PARTICIPATED_IN', 'RECORDS', 'HAS_AGENDA_ITEM', 'HAS_PANEL', 'CHAIRED_BY', 'FOLLOWS', 'OF'];
  type PathView = { nodes: { id: string; label: string }[]; edges: { type: string; source: string; target: string; evidence: Answer[] }[] };

  /** A path's shape: ends, one edge between each pair of consecutive nodes, every edge with its paragraphs. */
  function expectWellFormedPath(path: PathView, from: string, to: string) {
    expect(path.nodes[0]!.id).toBe(from);
    expect(path.nodes.at(-1)!.id).toBe(to);
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    for (const e of path.edges) {
      expect(e.evidence.length, e.type).toBeGreaterThan(0);
      expect(e.evidence[0]!.citation).toMatch(CITE);
    }
    path.edges.forEach((e, i) => {
      expect([e.source, e.target].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
    });
  }

  /** A path that explains: through what someone said, not the meeting every node touches, nor a paragraph's text. */
  function expectMeaningful(path: PathView) {
    expect(path.nodes.map((n) => n.label)).toContain('Statement');
    expect(path.nodes.slice(1, -1).map((n) => n.label)).not.toContain('Meeting');
    expect(path.nodes.slice(1, -1).map((n) => n.label)).not.toContain('Paragraph');
    for (const e of path.edges) expect(HUB_EDGES).not.toContain(e.type);
  }

  it('finds a shortest path from an NGO to an observation through what was said, each step with its paragraph', async () => {
    const from = 'org:global-initiative-against-transnational-organized-crime';
    const to = `${DOC}/obs:42`;
    const path: PathView = (await data(url, PATH_QUERY, { from, to })).shortestPath;
    expectWellFormedPath(path, from, to);
    expectMeaningful(path);
    // Its panellist's statement (para. 22) names it, and observation 42 draws on that statement.
    expect(path.nodes.map((n) => n.id)).toEqual([from, `${DOC}/stmt:para22-1`, to]);
    expect(path.edges.map((e) => e.type)).toEqual(['MENTIONS', 'DRAWS_ON']);
    expect(path.edges[1]!.evidence.map((c) => c.paragraph)).toEqual(['22', '42']);
  });

  it('goes from the Mixed Migration Centre to observation 40 through its panellist or statement, not the meeting', async () => {
    const from = 'org:mixed-migration-centre';
    const to = `${DOC}/obs:40`;
    const path: PathView = (await data(url, PATH_QUERY, { from, to })).shortestPath;
    expectWellFormedPath(path, from, to);
    expectMeaningful(path);
    // Observation 40 neither draws on MMC's statement (para. 13) nor names a concept that statement
    // names, so the shortest explanation takes four steps; the first leaves MMC by its panellist
    // or their statement.
    expect(path.edges).toHaveLength(4);
    expect([`${DOC}/person:panellist-1-1`, `${DOC}/stmt:para13-1`]).toContain(path.nodes[1]!.id);
  });

  it('falls back to the meeting hub only when nothing else connects, and follows `via` when given', async () => {
    // The meeting node has hub edges only.
    const toMeeting: PathView = (await data(url, PATH_QUERY, { from: 'org:mixed-migration-centre', to: `${DOC}/meeting` })).shortestPath;
    expectWellFormedPath(toMeeting, 'org:mixed-migration-centre', `${DOC}/meeting`);
    expect(toMeeting.edges.map((e) => e.type)).toEqual(['PARTICIPATED_IN']);
    // Asked for explicitly, the old answer: organization → meeting → observation.
    const viaHub: PathView = (
      await data(url, PATH_QUERY, { from: 'org:mixed-migration-centre', to: `${DOC}/obs:40`, via: ['PARTICIPATED_IN', 'PRODUCED'] })
    ).shortestPath;
    expect(viaHub.nodes.map((n) => n.label)).toEqual(['Organization', 'Meeting', 'Observation']);
    expect(viaHub.edges.map((e) => e.type)).toEqual(['PARTICIPATED_IN', 'PRODUCED']);
  });

  it('says there is no path when none exists within the bound', async () => {
    const d = await data(
      url,
      `{ shortestPath(from: "org:mixed-migration-centre", to: "${DOC}/obs:42", via: [SPOKE_ON]) { nodes { id } } }`,
    );
    expect(d.shortestPath).toBeNull();
  });

  it("draws an organization's neighbourhood as nodes and edges the viewer can add directly", async () => {
    const d = await data(
      url,
      `{ neighbourhood(id: "org:mixed-migration-centre", depth: 2, limit: 200) { nodes { id label name properties } edges { id type source target evidence { citation } } truncated } }`,
    );
    const view = d.neighbourhood;
    const ids = new Set(view.nodes.map((n: { id: string }) => n.id));
    expect(ids.has('org:mixed-migration-centre')).toBe(true);
    expect(ids.has(`${DOC}/person:panellist-1-1`)).toBe(true);
    for (const e of view.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.type).not.toBe('NEXT');
    }
    expect(new Set(view.edges.map((e: { id: string }) => e.id)).size).toBe(view.edges.length);
    const represents = view.edges.find((e: { type: string }) => e.type === 'REPRESENTS');
    expect(represents.evidence[0].citation).toMatch(/para\. 13$/);
    // Unlike a path, a neighbourhood shows the meeting the organization took part in.
    expect(ids.has(`${DOC}/meeting`)).toBe(true);
    expect(view.edges.map((e: { type: string }) => e.type)).toContain('PARTICIPATED_IN');
  });

  it('gives any node with its evidence', async () => {
    const d = await data(
      url,
      `query($id: ID!) { node(id: $id) { node { id label name properties } evidence { paragraph quote citation } neighbours { nodes { id } edges { type } } } }`,
      {
        id: `${DOC}/stmt:para22-1`,
      },
    );
    expect(d.node.node).toMatchObject({ label: 'Statement' });
    expect(d.node.evidence[0]).toMatchObject({ paragraph: '22' });
    expect(d.node.neighbours.edges.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['EVIDENCED_BY', 'MADE_BY', 'DRAWS_ON']),
    );
    expect((await data(url, '{ node(id: "nothing:here") { node { id } } }')).node).toBeNull();
  });

  it('searches paragraphs, statements and names, ranked, with snippets and citations', async () => {
    const d = await data(
      url,
      `{ search(query: "non-liability principle", first: 10) { score field snippet highlights { start end } node { id label } citation { paragraph } } }`,
    );
    const hits = d.search as {
      score: number;
      snippet: string;
      highlights: { start: number; end: number }[];
      node: { id: string; label: string };
      citation: { paragraph: string } | null;
    }[];
    expect(hits.length).toBeGreaterThan(3);
    expect(hits[0]!.node.id).toBe('concept:non-liability-principle');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const paragraph = hits.find((h) => h.node.label === 'Paragraph')!;
    expect(['22', '24', '40']).toContain(paragraph.citation!.paragraph);
    const words = paragraph.highlights.map((r) => paragraph.snippet.slice(r.start, r.end).toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['liability', 'principle']));

    const orgsOnly = await data(url, `{ search(query: "MMC", types: [Organization]) { node { id label } field } }`);
    expect(orgsOnly.search).toEqual([{ node: { id: 'org:mixed-migration-centre', label: 'Organization' }, field: 'acronym' }]);
  });
});

describe('engagement', () => {
  it('maps organization × topic with the statements behind each cell', async () => {
    const m = (
      await data(
        url,
        `{ engagementByTopic { rows { id label kind total } columns { id label total } cells { row column count statements { id citation { paragraph } } } totalStatements } }`,
      )
    ).engagementByTopic;
    expect(m.rows).toHaveLength(8);
    expect(m.columns).toHaveLength(2);
    expect(m.totalStatements).toBe(8);
    const mmc = m.cells.find((c: { row: string }) => c.row === 'org:mixed-migration-centre');
    expect(mmc.count).toBe(1);
    expect(mmc.statements[0].citation.paragraph).toBe('13');
    expect(m.columns.find((c: { id: string }) => c.id === mmc.column).label).toMatch(/by sea/);
  });

  it('maps organization × meeting', async () => {
    const m = (await data(url, `{ engagementByMeeting { rows { id } columns { label total } cells { count } } }`)).engagementByMeeting;
    expect(m.columns).toEqual([{ label: 'Second constructive dialogue on the smuggling of migrants', total: 8 }]);
    expect(m.rows).toHaveLength(8);
  });

  it('maps kind of organization × agenda item', async () => {
    const m = (await data(url, `{ engagementByKindAndAgendaItem { rows { id total } columns { id } cells { row column count } } }`))
      .engagementByKindAndAgendaItem;
    expect(m.rows).toEqual(
      expect.arrayContaining([
        { id: 'kind:ngo', total: 6 },
        { id: 'kind:academia', total: 1 },
        { id: 'kind:igo', total: 1 },
      ]),
    );
    expect(m.cells.every((c: { column: string }) => c.column === `${DOC}/agenda:3`)).toBe(true);
    const withAll = (await data(url, `{ engagementByKindAndAgendaItem(includeUnattributed: true) { rows { id } totalStatements } }`))
      .engagementByKindAndAgendaItem;
    expect(withAll.rows.map((r: { id: string }) => r.id)).toContain('speaker:participant');
    expect(withAll.totalStatements).toBeGreaterThan(8);
  });

  it('ranks the drivers of migration by the speakers who raised them', async () => {
    const d = (
      await data(
        url,
        `{ driversOfMigration { rank driver { id name } speakers statements paragraphs raisedIn { citation { paragraph } } citations { paragraph } } }`,
      )
    ).driversOfMigration as { rank: number; driver: { name: string }; speakers: number; raisedIn: { citation: { paragraph: string } }[] }[];
    expect(d[0]!.rank).toBe(1);
    const speakers = d.map((r) => r.speakers);
    expect(speakers).toEqual([...speakers].sort((a, b) => b - a));
    const names = d.map((r) => r.driver.name);
    expect(names).toEqual(expect.arrayContaining(['economic reasons', 'violence', 'forced marriage', 'religious conversion']));
    const marriage = d.find((r) => r.driver.name === 'forced marriage')!;
    expect(marriage.raisedIn.map((s) => s.citation.paragraph)).toEqual(['26']);
  });
});

describe('traceability', () => {
  it("links every Co-Chairs' observation to the inputs it draws on, and lists the inputs none took up", async () => {
    const t = (
      await data(
        url,
        `{ traceability { observations { number addressees citation { paragraph } drawsOn { score shared statement { id speakerKind citation { paragraph } } } } untakenInputs { id speakerKind } } }`,
      )
    ).traceability;
    expect(t.observations.map((o: { number: string }) => o.number)).toEqual(['37', '38', '39', '40', '41', '42', '43']);
    for (const o of t.observations) {
      expect(o.citation.paragraph).toBe(o.number);
      expect(o.drawsOn.length).toBeGreaterThan(0);
      expect(o.addressees).toContain('States parties');
    }
    const taken = new Set(
      t.observations.flatMap((o: { drawsOn: { statement: { id: string } }[] }) => o.drawsOn.map((l) => l.statement.id)),
    );
    for (const s of t.untakenInputs) {
      expect(taken.has(s.id)).toBe(false);
      expect(['PANELLIST', 'PARTICIPANT', 'ORGANIZATION', 'STATE']).toContain(s.speakerKind);
    }
    const strict = (await data(url, `{ traceability(minScore: 0.6) { untakenInputs { id } } }`)).traceability;
    expect(strict.untakenInputs.length).toBeGreaterThan(t.untakenInputs.length);
  });
});

describe('people', () => {
  it("gives a person's gender only as the text gives it, with its words and paragraph, and never drops a person without it", async () => {
    const d = await data(
      url,
      `{ people(where: { name: { in: ["Vasiliki Kakosimou", "Francesco Testa"] } }, sort: [{ name: ASC }]) {
          name gender genderEvidence { paragraph quote citation } }
         everyone: peopleConnection { totalCount }
         withEvidence: people(limit: 1000) { id genderEvidence { paragraph } } }`,
    );
    // Paragraph 3: "chaired by … Ms. Vasiliki Kakosimou, … and Mr. Francesco Testa"
    expect(d.people).toEqual([
      { name: 'Francesco Testa', gender: 'MAN', genderEvidence: { paragraph: '3', quote: 'Mr.', citation: expect.stringMatching(CITE) } },
      {
        name: 'Vasiliki Kakosimou',
        gender: 'WOMAN',
        genderEvidence: { paragraph: '3', quote: 'Ms.', citation: expect.stringMatching(CITE) },
      },
    ]);
    // Asking for the evidence keeps every person, those the text gives no gender among them.
    expect(d.withEvidence.length).toBe(d.everyone.totalCount);
    expect(d.withEvidence.some((p: Answer) => p.genderEvidence === null)).toBe(true);
  });
});

describe('the generated model', () => {
  it('filters across relationships, sorts, aggregates and limits', async () => {
    const d = await data(
      url,
      `{ organizationsConnection(where: { kind: { eq: NGO }, representatives: { some: { spokeOn: { some: { ordinal: { eq: 2 } } } } } }, sort: [{ name: DESC }]) {
          totalCount aggregate { count { nodes } } edges { node { name } } }
         paragraphs(limit: 5000) { id }
         paragraphsConnection { totalCount }
         numbered: paragraphsConnection(where: { kind: { eq: "numbered" } }) { totalCount } }`,
    );
    const c = d.organizationsConnection;
    expect(c.totalCount).toBe(4);
    expect(c.aggregate.count.nodes).toBe(4);
    const names = c.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toEqual([...names].sort().reverse());
    // The seed's 43 numbered paragraphs, and its two title-block lines (its heading and
    // "Summary by the Co-Chairs"), stored as Paragraphs of kind "title" so they can be cited.
    expect(d.numbered.totalCount).toBe(43);
    expect(d.paragraphsConnection.totalCount).toBe(45);
    // They are fewer than Paragraph's default page (100), so all come back unasked. The page
    // size and the ceiling themselves (@limit default 100, max 1000) are checked on the Cypher
    // sent, in tests/unit/api/cypher/custom-queries.test.ts.
    expect(d.paragraphs.length).toBe(45);
  });
});
