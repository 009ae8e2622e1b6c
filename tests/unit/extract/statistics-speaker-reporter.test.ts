import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../../../src/ingest/extract/statistics.js';
import { makeDoc, statement } from './mention-fixture.js';

/** A statement by a named person of `org`, over the whole paragraph. */
const spoken = (org: string, length: number) => {
  const s = statement('1', { name: org, acronym: null }, 0, length);
  return { ...s, speaker: { ...s.speaker, personKey: 'person-1' } };
};

describe('the person who reports a figure', () => {
  it('stays the speaker when the sentence cites her own organization by its short name', () => {
    const text = 'Ms. Roe said that, according to the Network, 45 per cent of shelters were full.';
    const [f] = extractStatistics(makeDoc([text]), [spoken('Open Shelters Network', text.length)]);
    expect(f?.value).toBe(45);
    expect(f?.reporterKey).toBe('person-1');
  });

  it('is not the speaker when the sentence cites another author', () => {
    const text = 'Ms. Roe said that, according to the Red Cross, 45 per cent of shelters were full.';
    const [f] = extractStatistics(makeDoc([text]), [spoken('Open Shelters Network', text.length)]);
    expect(f?.reporterKey).toBeNull();
    expect(f?.reportedBy?.name).toBe('Red Cross');
  });
});
