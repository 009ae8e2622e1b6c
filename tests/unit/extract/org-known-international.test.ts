import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { defaultVocabularyDir, loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';
import { buildDoc } from './fixture.js';

/** Written for this test: well-known international bodies named without a definition. */
const doc = buildDoc([
  '1. A representative of the International Chamber of Commerce spoke on compliance costs for traders.',
  '2. OCCRP had published an investigation into offshore holdings, the panellist said.',
  '3. The UN Global Compact presented a guide for companies on reporting channels.',
]);

describe('well-known international bodies of the general vocabulary', () => {
  it('names them by their official names, with the kind the vocabulary gives', async () => {
    const vocab = await loadVocabularies(defaultVocabularyDir(), []);
    const orgs = extractOrganizations(doc, vocab);
    const by = (name: string) => orgs.find((o) => o.name === name);
    expect(by('International Chamber of Commerce')?.kind).toBe('private-sector');
    expect(by('Organized Crime and Corruption Reporting Project')?.evidence.map((e) => e.paragraph)).toEqual(['2']);
    expect(by('United Nations Global Compact')?.evidence.map((e) => e.quote)).toEqual(['UN Global Compact']);
  });
});
