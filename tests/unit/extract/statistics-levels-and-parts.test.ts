import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../../../src/ingest/extract/statistics.js';
import { makeDoc } from './mention-fixture.js';

const values = (paragraphs: string[]) => extractStatistics(makeDoc(paragraphs), []).map((f) => [f.evidence[0]!.paragraph, f.value, f.unit]);

describe('a figure given as the level of a population, capacity or total', () => {
  it('reads "<noun> stood at N" and "a capacity of N" when the figure ends its clause', () => {
    expect(
      values([
        'The camp population stood at 3,420 in March, while the shelter had a capacity of 1,150.',
        'The backlog reached 812, according to the registry.',
        'The population stood at 14 in every district studied.',
      ]),
    ).toEqual([
      ['1', 3420, 'population'],
      ['1', 1150, 'capacity'],
      ['2', 812, 'backlog'],
    ]);
  });
});

describe('an average or rate put at a figure', () => {
  it('reads "an average it put at N" and "the rate stood at N" ending their clause', () => {
    expect(values(['The clinic counted 41 deaths, against a regional average it put at 57. The ratio was 3 to 1.'])).toEqual([
      ['1', 41, 'deaths'],
      ['1', 57, 'average'],
    ]);
  });
});

describe('a part after "of which" / "among them"', () => {
  it('counts a bare figure followed by its verb as part of the things just counted', () => {
    expect(values(['Monitors recorded 58 raids on newsrooms, of which only four had been investigated.'])).toEqual([
      ['1', 58, 'raids'],
      ['1', 4, 'count'],
    ]);
  });
});

describe('small spelled counts in a sentence that reports harm or cites its source', () => {
  it('reads them after a passive verb of harm or detention, or with "according to"', () => {
    expect(
      values([
        'During the eviction in Kibera, three tenants were injured by the police.',
        'According to the clinic, five interpreters served the whole province.',
        'The meeting had two parts.',
      ]),
    ).toEqual([
      ['1', 3, 'tenants'],
      ['2', 5, 'interpreters'],
    ]);
  });
});

describe('a part after an "Out of N things" opening', () => {
  it('counts the part that follows the base, also after "only"', () => {
    expect(values(['Out of 75 complaints filed with the ombudsman, only 6 resulted in sanctions.'])).toEqual([
      ['1', 75, 'complaints'],
      ['1', 6, 'complaints'],
    ]);
  });
});
