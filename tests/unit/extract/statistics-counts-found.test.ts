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

  it('finds number words only at a word start', () => {
    expect(mayHoldNumber('Eleven delegations')).toBe(true);
    expect(mayHoldNumber('it was often said by someone in Tennessee')).toBe(false);
  });
});
