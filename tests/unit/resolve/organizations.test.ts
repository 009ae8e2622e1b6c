import { describe, it, expect } from 'vitest';
import { OrganizationResolver, emptyOrganizationIndex } from '../../../src/ingest/resolve/organizations.js';
import type { Vocabularies } from '../../../src/ingest/extract/vocabulary.js';
import { organizationFact as fact } from './support/organization-fact.js';

const vocab: Vocabularies = {
  concepts: [],
  drivers: [],
  places: [],
  projects: [],
  organizations: [{ name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC', aliases: ['the Office'], kind: 'un-entity' }],
};

describe('OrganizationResolver', () => {
  it('joins a bare acronym to the organization the document defined with it', () => {
    const r = new OrganizationResolver(vocab);
    r.registerAll([fact('Harbour Rights Network', 'HRN')]);
    const byAcronym = r.resolve({ name: null, acronym: 'HRN' });
    const byName = r.resolve({ name: 'the Harbour Rights Network', acronym: null });
    expect(byAcronym?.id).toBe('org:harbour-rights-network');
    expect(byName?.id).toBe(byAcronym?.id);
    expect(r.resolved.size).toBe(1);
  });

  it('uses the vocabulary name and kind for a known organization named by acronym only', () => {
    const r = new OrganizationResolver(vocab);
    const org = r.resolve({ name: null, acronym: 'UNODC' });
    expect(org).toMatchObject({
      id: 'org:united-nations-office-on-drugs-and-crime',
      name: 'United Nations Office on Drugs and Crime',
      kind: 'un-entity',
    });
  });

  it('finds an organization another document introduced, through the graph index', () => {
    const known = emptyOrganizationIndex();
    known.byAcronym.set('mmc', { id: 'org:mixed-migration-centre', name: 'Mixed Migration Centre' });
    const r = new OrganizationResolver(vocab, known);
    expect(r.resolve({ name: null, acronym: 'MMC' })?.id).toBe('org:mixed-migration-centre');
  });

  it('keeps other names as aliases and never returns a node for an empty reference', () => {
    const r = new OrganizationResolver(vocab);
    r.registerAll([fact('Joint submission 2', 'JS2', { aliases: ['The Peace Institute'] })]);
    expect(r.resolve({ name: 'The Peace Institute', acronym: null })?.name).toBe('Joint submission 2');
    expect([...r.resolved.values()][0]).toMatchObject({ acronym: 'JS2', aliases: ['The Peace Institute'] });
    expect(r.resolve({ name: null, acronym: null })).toBeNull();
    expect(r.resolve(null)).toBeNull();
  });
});
