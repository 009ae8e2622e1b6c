/**
 * A unit and its ministry printed without the comma between them (a PDF's delegation list):
 * the post keeps the unit, the ministry is the employer, and both are organizations
 * (name-lists.ts `gluedUnit`). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { gluedUnit } from '../../../src/ingest/extract/name-lists.js';
import { splitAffiliation } from '../../../src/ingest/extract/people/affiliation.js';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { makeDoc, vocab } from './mention-fixture.js';

describe('a unit glued to its ministry', () => {
  it('splits "<Head> for … Ministry of …" and nothing that is one name', () => {
    expect(gluedUnit('Office for Coastal Fisheries Ministry of Agriculture')).toEqual({
      unit: 'Office for Coastal Fisheries',
      body: 'Ministry of Agriculture',
      bodyAt: 29,
    });
    expect(gluedUnit('Regional Nations Office on Water and Sanitation')).toBeNull();
    expect(gluedUnit('Department of Ports and Harbours')).toBeNull();
  });

  it('gives the post with its unit, and the ministry as the employer', () => {
    expect(splitAffiliation('Ambassador, Director-General, Office for Coastal Fisheries Ministry of Agriculture', () => null)).toEqual({
      position: 'Ambassador, Director-General, Office for Coastal Fisheries',
      organization: { name: 'Ministry of Agriculture', acronym: null },
      state: null,
    });
  });

  it('finds the unit and the ministry as two organizations', () => {
    const doc = makeDoc(['Ms. Lea Horvat, Head of the Office for Coastal Fisheries Ministry of Agriculture, presented the plan.']);
    const names = extractOrganizations(doc, vocab()).map((o) => o.name);
    expect(names).toContain('Ministry of Agriculture');
    expect(names).toContain('Office for Coastal Fisheries');
    expect(names).not.toContain('Office for Coastal Fisheries Ministry of Agriculture');
  });
});
