import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { bodyStart } from '../../../src/ingest/extract/organizations/not-organizations.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const noPlace = (): boolean => false;

/** Written for this test: a sub-unit's head word alone before the body it belongs to. */
describe('a bare "Unit of the X"', () => {
  it('names the body after "of the", not the unit', () => {
    const name = 'Unit of the Ministry of Fisheries and Oceans';
    expect(name.slice(bodyStart(name, '', noPlace))).toBe('Ministry of Fisheries and Oceans');
    expect(bodyStart('Office of the Ombudsman', '', noPlace)).toBe(0);
  });

  it('gives the ministry as the organization, no "Unit of the …"', () => {
    const doc = buildDoc([
      '1. Ms. Rosa Telo, Head of the Coastal Peoples’ Unit of the Ministry of Fisheries and Oceans, said that licences were free.',
    ]);
    const names = extractOrganizations(doc, emptyVocab(countries('Ghana'))).map((o) => o.name);
    expect(names).toContain('Ministry of Fisheries and Oceans');
    expect(names.some((n) => n?.startsWith('Unit of'))).toBe(false);
  });
});
