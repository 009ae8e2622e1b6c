import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
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
