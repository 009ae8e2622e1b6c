/**
 * whoIsHeard, recurringRecommendations and stakeholderUptake on the real review of Slovenia:
 * the Working Group reports of the second and third cycles (A/HRC/28/15, A/HRC/43/15) and the
 * stakeholders' summaries prepared for them (A/HRC/WG.6/20/SVN/3, A/HRC/WG.6/34/SVN/3), as PDFs
 * in seeds/. The pipeline joins each summary and its report to one meeting and the reviews to
 * one series (src/ingest/resolve/meeting-identity.ts); the test checks that before asking.
 *
 * Expected values were read in the documents (and, for the pairs, by reading the pairs the
 * script scripts/uptake/recurring-recommendations.ts prints around the threshold).
 */
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/settings.js';
import { gql, startTestApi, type Answer, type TestApi } from './support/api.js';

const PDF = (f: string) => path.join(PROJECT_ROOT, 'seeds', f);
const SERIES = 'series:universal-periodic-review-of-slovenia';
const REVIEWS = [
  { report: 'doc:a-hrc-28-15', summary: 'doc:a-hrc-wg-6-20-svn-3' },
  { report: 'doc:a-hrc-43-15', summary: 'doc:a-hrc-wg-6-34-svn-3' },
];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ ingest: false });
  const { ingestFiles } = await import('../../../src/ingest/index.js');
  const reports = await ingestFiles(
    api.raw,
    ['A_HRC_28_15.pdf', 'A_HRC_43_15.pdf', 'A_HRC_WG.6_20_SVN_3.pdf', 'A_HRC_WG.6_34_SVN_3.pdf'].map(PDF),
  );
  expect(reports.map((r) => r.status)).not.toContain('failed');
  // Each review is one meeting, recorded by its report and its summary, and both are in the series.
  const joined = await api.raw.query<{ report: string; summary: string; series: string[] }>(
    `UNWIND $reviews AS review
     MATCH (:Document {id: review.report})-[:RECORDS]->(m:Meeting)<-[:RECORDS]-(:Document {id: review.summary})
     OPTIONAL MATCH (m)-[:IN_SERIES]->(s:Series)
     RETURN review.report AS report, review.summary AS summary, collect(DISTINCT s.id) AS series`,
    { reviews: REVIEWS },
  );
  expect(joined.map((r) => r.series)).toEqual([[SERIES], [SERIES]]);
}, 300_000);
afterAll(async () => api?.close());

const ask = async (query: string, variables: Record<string, unknown> = {}): Promise<Answer> => {
  const res = await gql(api.server.url, query, variables);
  expect(res.body.errors ?? []).toEqual([]);
  return res.body.data!;
};

describe('recurringRecommendations', () => {
  const QUERY = `query ($series: ID!) { recurringRecommendations(seriesId: $series) {
    from { id date } to { id date } recommendations recurring share
    matches { earlier { number recommendedBy citation { citation } } later { number citation { paragraph } } score shared }
    notRecurring { earlier { number } later { number } score } } }`;

  it('compares the 2014 review with the 2019 review, in date order', async () => {
    const { recurringRecommendations: steps } = await ask(QUERY, { series: SERIES });
    expect(steps).toHaveLength(1);
    expect(steps[0].from.date < steps[0].to.date).toBe(true);
    // A/HRC/28/15 lists recommendations 115.1 to 115.163
    expect(steps[0].recommendations).toBe(163);
  });

  it('finds the recommendations that recur, read as the same request in both reports', async () => {
    const [step] = (await ask(QUERY, { series: SERIES })).recurringRecommendations;
    const pairs = new Map<string, string>(step.matches.map((m: Answer) => [m.earlier.number, m.later.number]));
    expect(pairs.get('115.14')).toBe('121.1'); // ratify the Convention on Enforced Disappearance
    expect(pairs.get('115.131')).toBe('122.87'); // the family as the fundamental unit of society (Egypt, both times)
    expect(pairs.get('115.99')).toBe('122.155'); // permanent residence for the "erased"
    expect(pairs.get('115.107')).toBe('121.13'); // domestic violence
    expect(pairs.get('115.140')).toBe('122.139'); // safe drinking water and sanitation
    const erased = step.matches.find((m: Answer) => m.earlier.number === '115.99');
    expect(erased.shared).toEqual(expect.arrayContaining(['erased', 'permanent']));
    // "(Czech Republic)" in the text; the State's M49 name in the graph
    expect(erased.earlier.recommendedBy).toEqual(['Czechia']);
    expect(erased.earlier.citation.citation).toMatch(/para\. 115\.99/);
    expect(erased.later.citation.paragraph).toBe('122.155');
  });

  it('does not count as recurring what asks for something else', async () => {
    const [step] = (await ask(QUERY, { series: SERIES })).recurringRecommendations;
    const not = new Map<string, Answer>(step.notRecurring.map((m: Answer) => [m.earlier.number, m]));
    // "Consider taking initial steps towards the ratification of ICRMW": nearest is the ILO Domestic Workers Convention
    expect(not.get('115.7')?.later.number).toBe('122.10');
    // "Implement the child and youth programme of 2013–2016": no programme for children recurs
    expect(not.has('115.42')).toBe(true);
    // read on the pairs around the threshold: about three in four of those just above it are the same request,
    // and some true recurrences fall under it, so the share lies between these bounds
    expect(step.share).toBeGreaterThan(0.3);
    expect(step.share).toBeLessThan(0.45);
    expect(step.recurring + step.notRecurring.length).toBe(step.recommendations);
  });
});

describe('stakeholderUptake', () => {
  const QUERY = `query ($series: ID!) { stakeholderUptake(seriesId: $series) {
    echoed { meeting { id } input { speakers text citation { documentId paragraph } } echoes { meeting { id } recommendation { number citation { documentId } } score } }
    notTakenUp { input { speakers text citation { documentId paragraph } } echoes { score } } } }`;

  it('links an input of the 2014 summary to the recommendation that took it up, with both citations', async () => {
    const { stakeholderUptake: u } = await ask(QUERY, { series: SERIES });
    // A/HRC/WG.6/20/SVN/3 para. 17: AI recommended returning legal status to all the "erased" → 115.100 (citizenship for the "erased persons")
    const erased = u.echoed.find((e: Answer) => e.input.citation.documentId === REVIEWS[0]!.summary && e.input.citation.paragraph === '17');
    expect(erased.input.speakers).toContain('Amnesty International');
    expect(erased.echoes.map((x: Answer) => x.recommendation.number)).toContain('115.100');
    expect(erased.echoes[0].recommendation.citation.documentId).toBe(REVIEWS[0]!.report);
  });

  it('echoes come only from the same review or a later one, and inputs are not States', async () => {
    const { stakeholderUptake: u } = await ask(QUERY, { series: SERIES });
    for (const e of u.echoed.filter((x: Answer) => x.input.citation.documentId === REVIEWS[1]!.summary)) {
      for (const x of e.echoes) expect(x.recommendation.citation.documentId).toBe(REVIEWS[1]!.report);
    }
    const documents = new Set([...u.echoed, ...u.notTakenUp].map((e: Answer) => e.input.citation.documentId));
    expect([...documents].sort()).toEqual(REVIEWS.map((r) => r.summary).sort());
  });

  it('names what a stakeholder raised and nobody took up', async () => {
    const { stakeholderUptake: u } = await ask(QUERY, { series: SERIES });
    // 2014 summary: "EU-FRA stated that the lowest gender pay gaps in the EU in 2010 are found, among others in Slovenia"
    const payGap = u.notTakenUp.find((e: Answer) => /lowest gender pay gaps/.test(e.input.text));
    expect(payGap).toBeDefined();
    expect(payGap.echoes[0].score).toBeLessThan(0.25);
  });
});

describe('whoIsHeard', () => {
  const QUERY = `query ($series: ID, $meeting: ID) { whoIsHeard(seriesId: $series, meetingId: $meeting) {
    meetings { meeting { id date position } statedParticipation { kind count }
      voices { statements byActorKind { category participants statements } byRegion { category participants } byGender { category participants } } }
    overall { statements byActorKind { category participants } } } }`;

  it('puts the stated participation beside the counts of those named, meeting by meeting', async () => {
    const { whoIsHeard } = await ask(QUERY, { series: SERIES });
    expect(whoIsHeard.meetings.map((m: Answer) => m.meeting.position)).toEqual([0, 1]);
    // "During the interactive dialogue, 72 delegations made statements" (A/HRC/28/15); 81 in A/HRC/43/15
    expect(whoIsHeard.meetings.map((m: Answer) => m.statedParticipation)).toEqual([
      [{ kind: 'DELEGATION', count: 72 }],
      [{ kind: 'DELEGATION', count: 81 }],
    ]);
  });

  it('counts States by M49 region and stakeholders by kind', async () => {
    const { whoIsHeard } = await ask(QUERY, { series: SERIES });
    const third = whoIsHeard.meetings[1].voices;
    const kinds = new Map(third.byActorKind.map((k: Answer) => [k.category, k]));
    expect((kinds.get('STATE') as Answer).participants).toBeGreaterThan(50);
    // the 2019 summary quotes NGOs (e.g. Amnesty International) and Council of Europe bodies
    expect(kinds.has('NGO')).toBe(true);
    expect(kinds.has('INTERGOVERNMENTAL')).toBe(true);
    // Fiji and Australia spoke in the 2019 dialogue (Oceania); Slovenia itself (Europe)
    const regions = new Map(third.byRegion.map((r: Answer) => [r.category, r.participants]));
    expect(regions.get('OCEANIA')).toBeGreaterThanOrEqual(2);
    for (const r of ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE']) expect(regions.get(r)).toBeGreaterThan(0);
    // States and organizations speak without a gendered person: never guessed
    expect(third.byGender.map((g: Answer) => g.category)).toContain('NOT_STATED');
    expect(whoIsHeard.overall.statements).toBe(whoIsHeard.meetings.reduce((n: number, m: Answer) => n + m.voices.statements, 0));
  });

  it('records a person gender only as the text gives it, with the words', async () => {
    const people = await api.raw.query<{ id: string; gender: string | null; quote: string | null }>(
      `MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.gender AS gender, p.genderQuote AS quote`,
      { ids: ['person:ruzica-boskic', 'person:stanko-baluh', 'person:miro-cerar'] },
    );
    const by = new Map(people.map((p) => [p.id, p]));
    // A/HRC/28/15 annex: "Ms. Ružica Boškič, Acting Director-General …", "Mr. Stanko Baluh, Acting Director …"
    expect(by.get('person:ruzica-boskic')).toMatchObject({ gender: 'woman', quote: 'Ms.' });
    expect(by.get('person:stanko-baluh')).toMatchObject({ gender: 'man', quote: 'Mr.' });
    // A/HRC/43/15: "Dr. Miro Cerar": a title that says nothing of gender, and no pronoun for him
    expect(by.get('person:miro-cerar')).toMatchObject({ gender: null, quote: null });
  });

  it('answers for one meeting, and refuses a call with neither argument', async () => {
    const meetingId = (
      await api.raw.query<{ id: string }>(`MATCH (:Document {id: $d})-[:RECORDS]->(m) RETURN m.id AS id`, { d: REVIEWS[0]!.report })
    )[0]!.id;
    const one = await ask(QUERY, { meeting: meetingId });
    expect(one.whoIsHeard.meetings).toHaveLength(1);
    const res = await gql(api.server.url, QUERY, {});
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
