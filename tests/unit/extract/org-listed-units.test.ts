/**
 * Units whose printed name holds a comma, in a delegation list (organizations/listed-units.ts).
 * An invented delegation of Ghana.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

describe('a unit named with a comma in a delegation list', () => {
  const doc = buildDoc([
    '1. The review of Ghana was held at the 5th meeting.',
    '## Annex',
    '### Composition of the delegation',
    'The delegation of Ghana was headed by Mr. Kofi Mensah, Minister of Roads and composed of the following members:',
    'Ms. Ama Owusu, Deputy Director, Coastal Works, Harbours and Ports Directorate, Ministry of Roads;',
    'Mr. Yaw Boateng, Principal Officer, Customs Office, Ministry of Finance;',
    'Ms. Efua Asante, Senior Adviser, Rural Water Service, Ministry of Works and Housing.',
  ]);
  const names = extractOrganizations(doc, emptyVocab(countries('Ghana'))).map((f) => f.name);

  it('keeps the headless first part with the unit it names', () => {
    expect(names).toContain('Coastal Works, Harbours and Ports Directorate');
    expect(names).not.toContain('Harbours and Ports Directorate');
  });

  it('leaves a post, a body of its own and an unqualified unit as they are', () => {
    expect(names).toContain('Customs Office');
    expect(names).toContain('Rural Water Service');
    expect(names.some((n) => n?.startsWith('Senior Adviser'))).toBe(false);
    expect(names.some((n) => n?.startsWith('Deputy Director'))).toBe(false);
  });
});
