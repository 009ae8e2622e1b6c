/**
 * The facts helpers' constructions: a body's session and first day from the title block or the
 * opening sentence, plain counts, observations announced by a lead-in, and the libraries behind
 * sentences, dates and number words. Fixtures are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../../src/ingest/extract/meeting.js';
import { extractObservations } from '../../../src/ingest/extract/observations.js';
import { extractStatistics } from '../../../src/ingest/extract/statistics.js';
import { findDates } from '../../../src/ingest/extract/text-dates.js';
import { cardinalValue, readCardinalAt } from '../../../src/ingest/extract/text-numbers.js';
import { splitSentences } from '../../../src/ingest/extract/text-sentences.js';
import { buildDoc, emptyVocab } from './fixture.js';
import { makeDoc } from './mention-fixture.js';

describe('meeting of a body that records its own session', () => {
  it('reads the body over several title-block lines, its session, and the opening date', () => {
    const doc = buildDoc(
      [
        '# Record of the Assembly on Inland Waterways',
        '1. At its 3rd meeting, on 8 March 2031, the Assembly held an exchange on dredging.',
      ],
      {
        titleBlock: [
          'Assembly of the Parties to the',
          'Agreement on Inland Waterways',
          'Distr.: General',
          '2 May 2031',
          'Twelfth session',
          'Geneva, 6-10 March 2031',
        ],
      },
    );
    const m = extractMeeting(doc);
    expect(m?.body).toEqual({ name: 'Assembly of the Parties to the Agreement on Inland Waterways', session: 12 });
    expect(m?.date).toBe('2031-03-08');
  });

  it('reads "the Nth session of <body>" in the opening paragraph, and the session dates when nothing else dates it', () => {
    const doc = buildDoc(['# Notes', '1. During the fourth session of the Committee on River Basins, the secretariat circulated papers.'], {
      titleBlock: ['Committee on River Basins', 'Fourth session', '12-14 April 2032'],
    });
    const m = extractMeeting(doc);
    expect(m?.body).toEqual({ name: 'Committee on River Basins', session: 4 });
    expect(m?.date).toBe('2032-04-12');
  });
});

describe('plain counts', () => {
  it('counts people and things, spelled or in digits; not years, references, durations or a definite set', () => {
    const facts = extractStatistics(
      makeDoc([
        'Some 410 participants attended, among them 57 delegations; twenty-two States of transit were represented.',
        'Under resolution 12/4, adopted in 2029, the 12 members of the bureau met for six weeks.',
        'Only 7 of them had signed, out of 19.5 million workers in the sector.',
      ]),
      [],
    );
    expect(facts.map((f) => [f.evidence[0]!.paragraph, f.value])).toEqual([
      ['1', 410],
      ['1', 57],
      ['1', 22],
      ['3', 7],
      ['3', 19500000],
    ]);
  });
});

describe('observations announced by a lead-in', () => {
  it('takes the paragraphs after "the following points" while each asks someone to act', () => {
    const doc = buildDoc([
      '# Summary',
      '## Exchanges',
      '1. In closing, the Chair set out the following points.',
      '2. Port authorities could publish inspection results.',
      '3. The Regional Office for Fisheries (ROF) is invited to collect examples.',
      '4. The Chair will circulate this summary.',
    ]);
    const obs = extractObservations(doc, emptyVocab());
    expect(obs.map((o) => [o.number, o.addressees])).toEqual([
      ['2', ['Port authorities']],
      ['3', ['Regional Office for Fisheries']],
    ]);
  });
});

describe('the shared analysis: libraries with exact offsets', () => {
  it('memoises sentences per paragraph text and keeps offsets', () => {
    const text = 'Dr. Aune met the No. 2 team. They agreed.';
    const a = splitSentences(text);
    expect(a.map((s) => s.text)).toEqual(['Dr. Aune met the No. 2 team.', 'They agreed.']);
    a.pop();
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('reads dates with chrono: complete dates only, day lists completed, offsets without "on"', () => {
    const text = 'It met on 3, 4 and 5 June 2030 and again in May.';
    const [d, ...rest] = findDates(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'list', dates: ['2030-06-03', '2030-06-04', '2030-06-05'] });
    expect(text.slice(d!.start, d!.end)).toBe('3, 4 and 5 June 2030');
  });

  it('reads number words with words-to-numbers, up to where the number ends', () => {
    expect(readCardinalAt('sixty-four delegates', 0)).toEqual({ value: 64, start: 0, end: 10 });
    expect(cardinalValue('two hundred and six')).toBe(206);
    expect(readCardinalAt('a hundred people', 0)).toBeNull();
    expect(readCardinalAt('fourth meeting', 0)).toBeNull();
  });
});

describe("the chairs' recommendations in running text", () => {
  it('reads the addressees of "recommended that X should" and "encouraged X to"', () => {
    const doc = buildDoc([
      '# Summary',
      '## Discussion',
      '1. The Co-Chairs recommended that port States and flag States should share inspection records.',
      '2. The Chair also encouraged fishers’ cooperatives to report abuses. Several speakers agreed.',
      '3. The Chair thanked the interpreters.',
    ]);
    expect(extractObservations(doc, emptyVocab()).map((o) => [o.number, o.addressees])).toEqual([
      ['1', ['port States', 'flag States']],
      ['2', ['fishers’ cooperatives']],
    ]);
  });
});
