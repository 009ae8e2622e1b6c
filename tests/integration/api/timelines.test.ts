/**
 * timeline and seriesTimeline over HTTP, on what `npm start` loads: the seed and the UPR of
 * Slovenia (seeds/*.pdf). The expected cycles were read in the documents, not in our output:
 *   - recommending States: the State in brackets after a recommendation in the lists of
 *     conclusions and recommendations of A/HRC/14/15 (2010, ¶111 ff.), A/HRC/28/15 (2014) and
 *     A/HRC/43/15 (2019). States named only as authors of advance questions ("A list of
 *     questions prepared in advance by Belgium, the Czech Republic, Germany …", A/HRC/28/15 ¶4;
 *     "… by Denmark, Sweden …", A/HRC/14/15 ¶4) do not count as recommending;
 *   - organizations: the stakeholders listed in endnote 1 of A/HRC/WG.6/20/SVN/3 (2014: AI,
 *     GIEACPC, IBFAN, OIEC; the Council of Europe and its bodies, EU-FRA, OSCE/ODIHR) and of
 *     A/HRC/WG.6/34/SVN/3 (2019: AI, LMPT, ICAN, HRORS, JS1–JS4; the Council of Europe and its
 *     bodies, EU-FRA, OSCE/ODIHR). No stakeholders' summary of the 2010 review is in the corpus.
 *     A listed stakeholder is one that submitted, whether or not a paragraph cites it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, startTestApi, SEED, type Answer, type TestApi } from './support/api.js';
import { PROJECT_ROOT } from '../../../src/config/settings.js';

const SLOVENIA = ['A_HRC_14_15.pdf', 'A_HRC_WG.6_20_SVN_3.pdf', 'A_HRC_28_15.pdf', 'A_HRC_WG.6_34_SVN_3.pdf', 'A_HRC_43_15.pdf'];
const SERIES = 'series:universal-periodic-review-of-slovenia';

let api: TestApi;
let url: string;
let series: Answer;

const SERIES_QUERY = `query ($id: ID!) { seriesTimeline(id: $id) {
  series { id name kind subject }
  meetings { position new returned droppedOut
    meeting { id date subject documents series { id } }
    participants { actor { id label name } roles statements citations { documentId paragraph citation } } }
  participants { actor { id name label } positions dates } } }`;

beforeAll(async () => {
  api = await startTestApi({ files: [SEED, ...SLOVENIA.map((f) => path.join(PROJECT_ROOT, 'seeds', f))] });
  url = api.server.url;
  series = (await data(url, SERIES_QUERY, { id: SERIES })).seriesTimeline as Answer;
}, 900_000);
afterAll(async () => api?.close());

const YEARS: Record<number, number> = { 1: 2010, 2: 2014, 3: 2019 };

/**
 * The years of the series' meetings in which an actor (by name) took part in this role (any
 * role when null). The name must name one node throughout: one body under two nodes is not one
 * actor across the cycles.
 */
function yearsOf(name: RegExp, role: string | null): number[] {
  const years: number[] = [];
  const ids = new Set<string>();
  for (const step of series.meetings as Answer[]) {
    const here = (step.participants as Answer[]).filter((p) => name.test(p.actor.name) && (role === null || p.roles.includes(role)));
    for (const p of here) ids.add(p.actor.id);
    if (here.length > 0) years.push(YEARS[step.position as number]!);
  }
  expect(ids.size, `${name} names ${[...ids].join(', ')}`).toBeLessThanOrEqual(1);
  return years;
}

describe('seriesTimeline: the UPR of Slovenia', () => {
  it('orders the three reviews by date, each recorded by its documents', () => {
    expect(series.series).toEqual({ id: SERIES, name: 'Universal periodic review of Slovenia', kind: 'review', subject: 'Slovenia' });
    const meetings = (series.meetings as Answer[]).map((s) => [s.position, s.meeting.date, s.meeting.documents]);
    expect(meetings).toEqual([
      [1, '2010-02-16', ['doc:a-hrc-14-15']],
      [2, '2014-11-04', ['doc:a-hrc-28-15', 'doc:a-hrc-wg-6-20-svn-3']],
      [3, '2019-11-12', ['doc:a-hrc-43-15', 'doc:a-hrc-wg-6-34-svn-3']],
    ]);
  });

  // Read in the lists of recommendations (see the file's header).
  it.each([
    [/^Algeria$/, [2010, 2014, 2019]],
    [/^France$/, [2010, 2014, 2019]],
    [/^Malaysia$/, [2010, 2014, 2019]],
    [/^Norway$/, [2010, 2014]],
    [/^Czechia$/, [2010, 2014]], // "(Czech Republic)" in 2010 and 2014
    [/^Morocco$/, [2010, 2014]],
    [/^Canada$/, [2010, 2019]],
    [/^Bhutan$/, [2010, 2019]],
    [/^Ghana$/, [2010, 2019]],
    [/^Colombia$/, [2010]],
    [/^Armenia$/, [2014]],
    [/^Estonia$/, [2014]],
    [/^Sweden$/, [2014]], // 2010: only among the authors of advance questions
    [/^Germany$/, [2019]], // 2014: only among the authors of advance questions
    [/^Iceland$/, [2019]],
    [/^Luxembourg$/, [2019]],
  ])('recommending State %s: %j', (name, years) => {
    expect(yearsOf(name, 'recommending State')).toEqual(years);
  });

  // Read in endnote 1 of each stakeholders' summary (see the file's header).
  it.each([
    [/^Amnesty International$/, [2014, 2019]],
    [/^European Union Agency for Fundamental Rights$/, [2014, 2019]],
    [/^European Committee of Social Rights$/, [2014, 2019]],
    [/^Group of States against Corruption$/, [2014, 2019]],
    [/^European Committee for the Prevention of Torture/, [2014, 2019]],
    [/^Global Initiative to End All Corporal Punishment of Children$/, [2014]],
    [/^International Baby Food Action Network$/, [2014]],
    [/^La Manif Pour Tous$/, [2019]],
    [/^International Campaign to Abolish Nuclear Weapons$/, [2019]],
    [/^Human Rights Ombudsman of the Republic of Slovenia$/, [2019]],
    [/^European Commission against Racism and Intolerance$/, [2019]],
    [/^Joint [Ss]ubmission 1$/, [2019]],
    [/^Joint [Ss]ubmission 3$/, [2019]],
  ])('organization %s: %j', (name, years) => {
    expect(yearsOf(name, 'stakeholder submitting')).toEqual(years);
  });

  // One body under two names across the cycles, read in the same documents: named with its
  // parent in the 2014 summary and without it in 2019 ("The Group of Experts on Action against
  // Trafficking in Human Beings of the Council of Europe (CoE-GRETA)", A/HRC/WG.6/20/SVN/3 ¶30;
  // "The Group of Experts … (CoE-GRETA)", A/HRC/WG.6/34/SVN/3 ¶29; likewise the Advisory Committee
  // (¶3 / ¶11), "The Council of Europe Commissioner of Human Rights (CoE-Commissioner)" (¶15) /
  // "the Commissioner for Human Rights (CoE-Commissioner)" (¶3), and "The Office for Democratic
  // Institutions and Human Rights of the Organizations for Security and Co-operation in Europe
  // (OSCE/ODIHR)" (¶42) / "The Office of Democratic Institution and Human Rights (OSCE/ODIHR)"
  // (¶12)): each is one actor, in both cycles.
  it.each([
    [/^Group of Experts on Action against Trafficking in Human Beings/, [2014, 2019]],
    [/^(?:Council of Europe )?Advisory Committee on the Framework Convention/, [2014, 2019]],
    [/^(?:Council of Europe )?Commissioner (?:for|of) Human Rights/, [2014, 2019]],
    [/^Office (?:for|of) Democratic Institutions? and Human Rights/, [2014, 2019]],
  ])('one body under two names: %s %j', (name, years) => {
    expect(yearsOf(name, 'stakeholder submitting')).toEqual(years);
  });

  // Listed in endnote 1 among the stakeholders that "have contributed information for this
  // summary" and cited in no paragraph: "OIEC Office International de l'Enseignement Catholique,
  // Geneva, Switzerland" (2014), "PTPR/JS4 Joint submission 4 submitted by: Members of the
  // Partnership in Truth for Peace and Reconciliation, …" (2019: the submission filed under the
  // coalition's acronym is the coalition, one node, which its paragraphs cite as PTPR), "CoE The
  // Council of Europe, Strasbourg (France)" (2019; in 2014 also cited, ¶32).
  it.each([
    [/^Office International de l'Enseignement Catholique/, [2014]],
    [/^Partnership in Truth for Peace and Reconcil/, [2019]],
    [/^Council of Europe$/, [2014, 2019]],
  ])('listed contributor %s: %j', (name, years) => {
    expect(yearsOf(name, 'stakeholder submitting')).toEqual(years);
  });

  it('names Slovenia the reviewed State each time, and compares each meeting with the one before', () => {
    expect(yearsOf(/^Slovenia$/, 'reviewed State')).toEqual([2010, 2014, 2019]);
    const [first, second, third] = series.meetings as [Answer, Answer, Answer];
    expect(first.new.length).toBe(first.participants.length);
    expect(first.droppedOut).toEqual([]);
    // Iceland recommends for the first time in 2019; Colombia (2010 only) is gone by 2014.
    expect(third.new).toContain('place:iceland');
    expect(second.droppedOut).toContain('place:colombia');
    // Canada: 2010, not 2014 (neither recommending nor speaking in A/HRC/28/15), back in 2019.
    expect(second.droppedOut).toContain('place:canada');
    expect(third.returned).toContain('place:canada');
    const canada = (series.participants as Answer[]).find((p) => p.actor.id === 'place:canada');
    expect(canada).toMatchObject({ positions: [1, 3], dates: ['2010-02-16', '2019-11-12'] });
  });

  it('cites the paragraphs behind each role', () => {
    const ai = (series.meetings[2].participants as Answer[]).find((p) => p.actor.name === 'Amnesty International') as Answer;
    expect(ai.citations.length).toBeGreaterThan(0);
    for (const c of ai.citations) expect(c.documentId).toBe('doc:a-hrc-wg-6-34-svn-3');
  });
});

describe('timeline: one actor across meetings', () => {
  it('gives Amnesty International its two reviews, first and last seen, with citations', async () => {
    const d = await data(
      url,
      `{ timeline(id: "org:amnesty-international") { actor { name label } firstSeen lastSeen
          entries { meeting { id date series { id } } roles citations { documentId citation } } } }`,
    );
    const t = d.timeline as Answer;
    expect(t.actor).toEqual({ name: 'Amnesty International', label: 'Organization' });
    expect(t.entries.map((e: Answer) => [e.meeting.date, e.roles])).toEqual([
      ['2014-11-04', ['stakeholder submitting']],
      ['2019-11-12', ['stakeholder submitting']],
    ]);
    expect([t.firstSeen, t.lastSeen]).toEqual(['2014-11-04', '2019-11-12']);
    expect(t.entries[0].meeting.series).toEqual([{ id: SERIES }]);
    expect(t.entries[0].citations[0].citation).toMatch(/^A\/HRC\/WG\.6\/20\/SVN\/3, para\. \d+/);
  });

  it('gives a State all its roles: Slovenia reviewed and speaking', async () => {
    const d = await data(url, `{ timeline(id: "place:slovenia") { entries { meeting { date } roles } } }`);
    const entries = (d.timeline as Answer).entries as Answer[];
    expect(entries.map((e) => e.meeting.date)).toEqual(['2010-02-16', '2014-11-04', '2019-11-12']);
    for (const e of entries) expect(e.roles).toEqual(expect.arrayContaining(['reviewed State', 'speaker']));
  });

  it('gives a person the meeting they chaired or spoke at (the seed)', async () => {
    const d = await data(url, `{ organizations(where: { acronym: { eq: "MMC" } }) { id } }`);
    const mmc = (d.organizations as Answer[])[0]!.id as string;
    const t = (await data(url, `query ($id: ID!) { timeline(id: $id) { entries { roles statements meeting { name } } } }`, { id: mmc }))
      .timeline as Answer;
    // Seed ¶13: the MMC's panellist spoke on panel 1.
    expect(t.entries).toHaveLength(1);
    expect(t.entries[0].roles).toContain('panellist');
  });

  it('is null for an unknown id', async () => {
    const d = await data(url, `{ timeline(id: "org:nobody") { firstSeen } seriesTimeline(id: "series:nothing") { series { id } } }`);
    expect(d).toEqual({ timeline: null, seriesTimeline: null });
  });
});
