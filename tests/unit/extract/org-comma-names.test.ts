import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { isPostTitle } from '../../../src/ingest/extract/organizations/not-organizations.js';
import { countsIn } from '../../../src/ingest/extract/statistics/plain-counts.js';
import { splitAffiliation } from '../../../src/ingest/extract/people/affiliation.js';
import { readOrgRef } from '../../../src/ingest/extract/text-names.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

/** Written for this test: a body whose name has a comma, defined by an acronym of the words after its head. */
const doc = buildDoc([
  '1. The delegation said that the Office for Wetlands, Rivers and Lakes (WRL) coordinated the surveys.',
  '2. Ghana recommended more funds for the Office for Wetlands, Rivers and Lakes.',
]);

describe('an organization whose name has a comma in it', () => {
  const orgs = extractOrganizations(doc, emptyVocab(countries('Ghana')));

  it('takes the head and its joiner before the words the acronym spells', () => {
    expect(orgs.find((o) => o.acronym === 'WRL')?.name).toBe('Office for Wetlands, Rivers and Lakes');
  });

  it('does not keep the part before the comma as another organization', () => {
    expect(orgs.map((o) => o.name)).not.toContain('Office for Wetlands');
  });
});

describe('posts and fractions that are no organizations or counts', () => {
  it('reads a vice-minister or deputy minister "for X of the Ministry …" as a post', () => {
    expect(isPostTitle('Vice-Minister for Coastal Affairs of the Ministry of Fisheries')).toBe(true);
    expect(isPostTitle('Deputy-Minister of Rural Roads')).toBe(true);
  });

  it('does not count "three quarters of them" as three', () => {
    expect(countsIn('The office had identified 212 victims, three quarters of them women.', { start: 0, end: 66 }).map((c) => c.value)).toEqual([212]);
  });
});

describe('a United Nations Office named with its duty station', () => {
  it('keeps "at <city>" in the name, in a description and in running text', () => {
    const lookup = (s: string) => (s.trim() === 'Chile' ? 'Chile' : null);
    expect(splitAffiliation('Counsellor, Permanent Mission of Chile to the United Nations Office at Vienna', lookup).organization?.name).toBe(
      'Permanent Mission of Chile to the United Nations Office at Vienna',
    );
    expect(readOrgRef('the United Nations Office at Nairobi hosted it.', 0)?.name).toBe('United Nations Office at Nairobi');
    const orgs = extractOrganizations(buildDoc(['1. The Permanent Mission of Chile to the United Nations Office at Vienna hosted the meeting.']), emptyVocab(countries('Chile')));
    expect(orgs.map((o) => o.name)).toContain('Permanent Mission of Chile to the United Nations Office at Vienna');
  });
});

describe('an organization shortened to its leading words', () => {
  it('is the one longer name that goes on with a joining word', () => {
    const doc = buildDoc([
      '1. The Coastal Initiative against Illegal Fishing presented its report.',
      '2. A study by the Coastal Initiative was cited by several speakers.',
    ]);
    const names = extractOrganizations(doc, emptyVocab(countries('Ghana'))).map((o) => o.name);
    expect(names).toContain('Coastal Initiative against Illegal Fishing');
    expect(names).not.toContain('Coastal Initiative');
  });
});
