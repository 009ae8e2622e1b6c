import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { extractStatistics } from '../../../src/ingest/extract/statistics.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

/** Written for this test: "according to the <head noun>" after the organization was named in full. */
function reporters(lines: string[]): (string | null)[] {
  const doc = buildDoc(lines);
  const orgs = extractOrganizations(doc, emptyVocab(countries('Ghana')));
  return extractStatistics(doc, [], orgs)
    .filter((s) => s.key.startsWith('para2-'))
    .map((s) => s.reportedBy?.name ?? null);
}

describe('a head noun alone as the author of a figure', () => {
  it('is the one organization of the document with that head', () => {
    expect(
      reporters([
        '1. A representative of the Harbour Workers Coalition presented a survey of port inspections.',
        '2. According to the Coalition, inspectors had visited 85 vessels in the first quarter.',
      ]),
    ).toEqual(['Harbour Workers Coalition']);
  });

  it('is no organization when two of the document share the head', () => {
    expect(
      reporters([
        '1. A representative of the Harbour Workers Coalition and a representative of the Coastal Villages Coalition spoke.',
        '2. According to the Coalition, inspectors had visited 85 vessels in the first quarter.',
      ]),
    ).not.toContain('Harbour Workers Coalition');
  });
});
