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

  it('finds number words only at a word start', () => {
    expect(mayHoldNumber('Eleven delegations')).toBe(true);
    expect(mayHoldNumber('it was often said by someone in Tennessee')).toBe(false);
  });
});
