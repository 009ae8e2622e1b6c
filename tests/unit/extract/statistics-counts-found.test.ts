import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../../../src/ingest/extract/statistics.js';
import { mayHoldNumber } from '../../../src/ingest/extract/text-numbers.js';
import { makeDoc } from './mention-fixture.js';

const values = (paragraphs: string[]) => extractStatistics(makeDoc(paragraphs), []).map((f) => [f.evidence[0]!.paragraph, f.value, f.unit]);

describe('counts the statistics extractor used to skip', () => {
  it('reads a paragraph whose only number is spelled out', () => {
    expect(
      values([
        'Twenty-three written statements arrived at the secretariat ahead of the session.',
        'Before the hearing, fifteen trade unions had sent written comments.',
        'The chair thanked everyone for coming.',
      ]),
    ).toEqual([
      ['1', 23, 'statements'],
      ['2', 15, 'unions'],
    ]);
  });

  it('reads the total of "N of the M things" as a count of the same things, but not "the N things" alone', () => {
    expect(
      values([
        'The tribunal had upheld 14 of the 90 appeals lodged by tenants in 2021.',
        'Inspectors said 7 out of the total of 52 farms visited lacked permits.',
        'The 27 Member States of the Union sent observers.',
      ]),
    ).toEqual([
      ['1', 14, 'count'],
      ['1', 90, 'appeals'],
      ['2', 7, 'farms'],
      ['2', 52, 'farms'],
    ]);
  });

  it('reads "N things, M of which/whom …" as a part of those things', () => {
    expect(
      values([
        'The survey reached 260 households, 48 of which had no running water.',
        'The clinic recorded 85 patients, 12 of whom were children.',
      ]),
    ).toEqual([
      ['1', 260, 'households'],
      ['1', 48, 'count'],
      ['2', 85, 'patients'],
      ['2', 12, 'count'],
    ]);
  });

  it('reads both bounds of a range whose noun follows the second ("between X and Y things"), never a range of years or durations', () => {
    expect(
      values([
        'The survey estimated that between 1.2 million and 2 million households had lost income.',
        'Officials reported that from 40 to 60 families had been displaced, for between 2 and 3 years.',
        'Data were collected between 2015 and 2020 in rural districts.',
      ]),
    ).toEqual([
      ['1', 1200000, 'households'],
      ['1', 2000000, 'households'],
      ['2', 40, 'families'],
      ['2', 60, 'families'],
    ]);
  });

  it('reads a count whose noun has two modifiers joined by "and" or "or"', () => {
    expect(
      values([
        'The ministry said that 3,500 urban and rural cooperatives had been registered.',
        'It said that some 900 or more boats were registered, 5 and 6 being the usual crews.',
      ]),
    ).toEqual([['1', 3500, 'cooperatives']]);
  });

  it("reads a small spelled count of results reported in the past perfect, not a meeting's own acts", () => {
    expect(
      values([
        'The delegation said that the Government had opened three shelters for survivors of violence.',
        'Since 2016, five regional courts had been established.',
        'The Working Group adopted two decisions at its closing meeting.',
      ]),
    ).toEqual([
      ['1', 3, 'shelters'],
      ['2', 5, 'courts'],
    ]);
  });

  it('reads an approximate figure in brackets after a people noun, not a bare bracketed number', () => {
    expect(
      values([
        'The ombudsman said that a large group of families (some 2,400) had received eviction notices.',
        'Results for women (23) and men (19) differed.',
      ]),
    ).toEqual([['1', 2400, 'families']]);
  });

  it('reads a figure whose counted group is a quoted term before its verb', () => {
    expect(
      values([
        'The report stated that about 3500 “stateless” had no identity documents.',
        'The 2015 “reform” had failed, and 12 “new” measures were listed in annex 2.',
      ]),
    ).toEqual([['1', 3500, 'stateless']]);
  });

  it('reads "the N people who/whose …" (a finding the relative clause describes), not "the N States of …"', () => {
    expect(
      values([
        'The delegation regretted the situation of the 1,800 families whose homes had been demolished.',
        'The 15 States of the region sent observers, and the 40 experts who spoke agreed.',
      ]),
    ).toEqual([['1', 1800, 'families']]);
  });

  it('finds number words only at a word start', () => {
    expect(mayHoldNumber('Eleven delegations')).toBe(true);
    expect(mayHoldNumber('it was often said by someone in Tennessee')).toBe(false);
  });
});

describe('parts of a count with the noun left out', () => {
  it('reads "Of the N things …, only M <verb>" and "…, of which M had …" as counts of the same things', () => {
    expect(
      values([
        'Of the 340 farms the inspectors visited, only 41 were certified.',
        'The agency had opened 75 investigations in two years, of which 18 had reached a court.',
      ]),
    ).toEqual([
      ['1', 340, 'farms'],
      ['1', 41, 'farms'],
      ['2', 75, 'investigations'],
      ['2', 18, 'count'],
    ]);
  });
});
