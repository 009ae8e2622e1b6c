import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import type { Vocabularies } from '../../../src/ingest/extract/vocabulary.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

/** Written for this test: a known parent named only in the endnote list of submitters. */
describe('a known parent named only at the end of a submitter in the notes', () => {
  const vocab: Vocabularies = {
    ...emptyVocab(countries('Ghana')),
    organizations: [{ name: 'Organization for Maritime Safety in Africa', acronym: 'OMSA', aliases: [], kind: 'igo' }],
  };

  it('is an organization, with the note as its evidence', () => {
    const doc = buildDoc(['1. The Harbour Inspection Office (HIO) reported that 40 ports had been inspected.']);
    doc.footnotes.push({
      number: '1',
      text: 'Intergovernmental organizations: HIO Harbour Inspection Office of the Organization for Maritime Safety in Africa, Accra, Ghana.',
    });
    const parent = extractOrganizations(doc, vocab).find((o) => o.acronym === 'OMSA');
    expect(parent?.evidence.map((e) => e.paragraph)).toEqual(['fn1']);
  });

  it('is not found from a bare citation in a note', () => {
    const doc = buildDoc(['1. The Harbour Inspection Office (HIO) reported that 40 ports had been inspected.']);
    doc.footnotes.push({ number: '1', text: 'See the annual report on maritime safety in Africa, p. 4.' });
    expect(extractOrganizations(doc, vocab).some((o) => o.acronym === 'OMSA')).toBe(false);
  });
});
