import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { conjuncts, secondNameAnd } from '../../../src/ingest/extract/org-candidate.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

/** Written for this test: two whole names joined by "and", after the first name's preposition. */
describe('two whole names joined by "and"', () => {
  it('parts them where a head noun and its preposition follow the "and"', () => {
    expect(conjuncts('Regional Agency for Fisheries and Organization for Coastal Safety in Asia')).toEqual([
      'Regional Agency for Fisheries',
      'Organization for Coastal Safety in Asia',
    ]);
    expect(conjuncts('Coastal Alliance for Clean Harbours and Lumen Centre for Marine Studies')).toEqual([
      'Coastal Alliance for Clean Harbours',
      'Lumen Centre for Marine Studies',
    ]);
  });

  it('keeps one name where "and" joins plain words', () => {
    expect(secondNameAnd('Office on Drugs and Crime')).toBe(-1);
    expect(secondNameAnd('Organization for Safety and Co-operation in Asia')).toBe(-1);
    expect(secondNameAnd('Directorate for Trade and Multilateral Economic Relations Ministry of Finance')).toBe(-1);
  });

  it('gives two organizations from an observers list and from running text', () => {
    const doc = buildDoc([
      '1. The following intergovernmental organizations were represented by observers: Regional Agency for Fisheries and Organization for Coastal Safety in Asia.',
      '2. The Coastal Alliance for Clean Harbours and Lumen Centre for Marine Studies presented a joint study.',
    ]);
    const names = extractOrganizations(doc, emptyVocab(countries('Ghana'))).map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Regional Agency for Fisheries',
        'Organization for Coastal Safety in Asia',
        'Coastal Alliance for Clean Harbours',
        'Lumen Centre for Marine Studies',
      ]),
    );
    expect(names.some((n) => n?.includes(' and '))).toBe(false);
  });
});
