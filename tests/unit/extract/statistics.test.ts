import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../../../src/ingest/extract/statistics.js';
import { clauseAround, sentences } from '../../../src/ingest/extract/stat-clauses.js';
import { makeDoc, parsedSeed, statement } from './mention-fixture.js';

const brief = (facts: ReturnType<typeof extractStatistics>) => facts.map((f) => [f.value, f.unit, f.population, f.description]);

describe('extractStatistics', () => {
  it('reads a survey: its size, each share with its own clause, and the population carried from "of respondents"', () => {
    const text =
      'The panellist from the Sahel Research Network (SRN) presented a study conducted by SRN with 1,250 respondents in Niger. ' +
      'Whereas 41 per cent of respondents had paid a smuggler, only 12.5% said so openly and 30 percent refused to answer; ' +
      'women were the most affected group (57%), followed by children.';
    const facts = extractStatistics(makeDoc([text]), []);
    expect(brief(facts)).toEqual([
      [1250, 'respondents', 'respondents', expect.stringContaining('1,250 respondents in Niger')],
      [41, '%', 'respondents', '41 per cent of respondents had paid a smuggler'],
      [12.5, '%', 'respondents', 'only 12.5% said so openly'],
      [30, '%', 'respondents', '30 percent refused to answer'],
      [57, '%', 'respondents', 'women were the most affected group (57%)'],
    ]);
    expect(facts.every((f) => f.reportedBy?.acronym === 'SRN' && f.reportedBy.name === 'Sahel Research Network')).toBe(true);
    expect(facts.map((f) => f.key)).toEqual(['para1-stat-1', 'para1-stat-2', 'para1-stat-3', 'para1-stat-4', 'para1-stat-5']);
    const e = facts[1]!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  // Issue 9 and the eval's annotation guide count participants and delegations as statistics
  // (this test used to assert the opposite); quotas, ages, dates and references stay out.
  it('reads "X out of Y" (both), a subject population, money and who took part; leaves quotas, ages, dates and references alone', () => {
    const facts = extractStatistics(
      makeDoc([
        'The State had implemented 96 out of the total of 120 recommendations.',
        'Women comprised only 18 per cent of judges in 2019. The law sets a minimum 40 per cent quota for candidates.',
        'A budget of EUR 2.5 million was allocated. Children under 15 years and the 21 States of the Process took part, with 8 representatives.',
        'Forty non-governmental organizations and thirty-eight Member States attended on 9 October 2023 (resolution 9/1, para. 53).',
      ]),
      [],
    );
    expect(brief(facts)).toEqual([
      [96, 'recommendations', 'recommendations', 'The State had implemented 96 out of the total of 120 recommendations'],
      // the total is reported too (the eval's gold counts it: the recommendations accepted)
      [120, 'recommendations', 'recommendations', 'The State had implemented 96 out of the total of 120 recommendations'],
      [18, '%', 'judges', 'Women comprised only 18 per cent of judges in 2019'],
      [2500000, 'EUR', null, 'A budget of EUR 2.5 million was allocated'],
      [8, 'representatives', null, 'with 8 representatives'],
      [40, 'organizations', null, expect.stringContaining('Forty non-governmental organizations')],
      [38, 'States', null, expect.stringContaining('thirty-eight Member States')],
    ]);
  });

  it('reads "the number of <things> … was N" as a count of those things; every number of a list of references is a reference', () => {
    const facts = extractStatistics(
      makeDoc([
        'The ministry said the number of reported evictions in the capital was 214, up from the year before.',
        'Sections 4, 17 and 23 of the Labour Act were amended. Rules 2 to 9 of the procedure apply.',
        'The number of shelters had grown steadily.',
      ]),
      [],
    );
    expect(brief(facts).map(([v, u]) => [v, u])).toEqual([[214, 'evictions']]);
  });

  it('reads a full stop before three digits in a count as a thousands group, and "N of a total of M <things>"', () => {
    const facts = extractStatistics(
      makeDoc([
        'The survey found that some 41.250 households had no heating.',
        'Only 212 of a total of 530 lodged complaints were examined. The rate was 2.125 per cent.',
      ]),
      [],
    );
    expect(brief(facts).map(([v, u]) => [v, u])).toEqual([
      [41250, 'households'],
      [212, 'complaints'],
      [530, 'complaints'],
      [2.125, '%'],
    ]);
  });

  it('counts people only where the sentence reports a measurement', () => {
    const facts = extractStatistics(
      makeDoc(['Official data indicated that at least 300 children were detained in 2018. The 300 children of the choir sang.']),
      [],
    );
    expect(brief(facts)).toEqual([
      [300, 'children', 'children', 'Official data indicated that at least 300 children were detained in 2018'],
    ]);
  });

  it('attributes a figure to the organization of the statement whose span contains it', () => {
    const text = 'The first panellist said 20% of arrivals were minors. The second panellist said 70% of arrivals were adults.';
    const second = text.indexOf('The second');
    const facts = extractStatistics(makeDoc([text]), [
      statement('1', { name: 'Alpha Institute', acronym: null }, 0, second),
      { ...statement('1', { name: null, acronym: 'BRN' }, second, text.length), key: 'para1-2' },
    ]);
    expect(facts.map((f) => [f.value, f.reportedBy])).toEqual([
      [20, { name: 'Alpha Institute', acronym: null }],
      [70, { name: null, acronym: 'BRN' }],
    ]);
  });

  it('splits clauses at commas and at an "and" that starts the next figure, not inside numbers', () => {
    const text = 'While 68% of interviewees had used smugglers, only 8% reported this and 36% stated otherwise.';
    const [s] = sentences(text);
    const clause = (n: string) => {
      const at = text.indexOf(` ${n}`) + 1;
      const r = clauseAround(text, s!, at, at + n.length);
      return text.slice(r.start, r.end);
    };
    expect([clause('68%'), clause('8%'), clause('36%')]).toEqual([
      '68% of interviewees had used smugglers',
      'only 8% reported this',
      '36% stated otherwise',
    ]);
    expect(sentences('Mr. Smith met No. 5 at para. 3. Then he left.').length).toBe(2);
  });

  it('on the parsed seed: the six MMC survey figures of para. 13, and the counts of who took part', () => {
    const all = extractStatistics(parsedSeed(), []);
    // para. 3: "Forty non-governmental organizations and four other relevant stakeholders (three from
    // academia and one from the private sector) … thirty-eight Member States"; para. 11: "8 representatives"
    expect(all.filter((f) => f.evidence[0]!.paragraph !== '13').map((f) => [f.evidence[0]!.paragraph, f.value, f.reportedBy])).toEqual([
      ['3', 40, null],
      ['3', 4, null],
      ['3', 3, null],
      ['3', 1, null],
      ['3', 38, null],
      ['11', 8, null],
    ]);
    const facts = all.filter((f) => f.evidence[0]!.paragraph === '13');
    expect(facts.map((f) => [f.value, f.unit, f.population])).toEqual([
      [48415, 'interviews', 'migrants'],
      [68, '%', 'interviewees'],
      [8, '%', 'interviewees'],
      [36, '%', 'interviewees'],
      [66, '%', 'interviewees'],
      [47, '%', 'interviewees'],
    ]);
    expect(facts.every((f) => f.evidence[0]!.paragraph === '13')).toBe(true);
    expect(facts.every((f) => f.reportedBy?.acronym === 'MMC' && f.reportedBy.name === 'Mixed Migration Centre')).toBe(true);
    expect(facts[2]!.description).toBe('only 8% reported that smugglers played a role in the decision-making process');
    expect(facts[5]!.description).toBe('smugglers were the most commonly reported perpetrators (47%) in the survey');
  });
});
