/**
 * Across documents: one body named with its parent in one ("X of the P") and without it in
 * another ("X") is one node when P is an organization; and a contributor a stakeholders' list
 * names takes part in the meeting even when no paragraph cites it (issue 11). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { OrganizationResolver, emptyOrganizationIndex } from '../../../src/ingest/resolve/organizations.js';
import { rememberOrganizations } from '../../../src/ingest/known-organizations.js';
import { GraphBuilder } from '../../../src/ingest/resolve/graph-builder.js';
import { addParticipation } from '../../../src/ingest/resolve/participation.js';
import type { OrganizationFact } from '../../../src/ingest/extract/facts.js';
import type { Vocabularies } from '../../../src/ingest/extract/vocabulary.js';
import { organizationFact as fact } from './support/organization-fact.js';

const vocab: Vocabularies = {
  concepts: [],
  drivers: [],
  places: [],
  projects: [],
  organizations: [{ name: 'Andean Union', acronym: 'AU', aliases: [], kind: 'igo' }],
};
const noVocab: Vocabularies = { ...vocab, organizations: [] };

/** The graph index after one document that named these organizations. */
function graphAfter(v: Vocabularies, facts: OrganizationFact[]) {
  const first = new OrganizationResolver(v);
  first.registerAll(facts);
  const g = new GraphBuilder('doc:first');
  for (const o of first.resolved.values()) g.addNode('Organization', o.id, { name: o.name, acronym: o.acronym, aliases: o.aliases });
  const index = emptyOrganizationIndex();
  rememberOrganizations(index, g.build('h'));
  return index;
}

describe('OrganizationResolver: a body with and without its parent across documents', () => {
  it('finds "X" from an earlier "X of the P" when P is an organization of the vocabulary', () => {
    const known = graphAfter(vocab, [fact('Fisheries Monitoring Committee of the Andean Union')]);
    const later = new OrganizationResolver(vocab, known);
    expect(later.resolve({ name: 'Fisheries Monitoring Committee', acronym: null })?.id).toBe(
      'org:fisheries-monitoring-committee-of-the-andean-union',
    );
  });

  it('finds an earlier "X" from "X of the P" when P is an organization this document names', () => {
    const known = graphAfter(noVocab, [fact('Fisheries Monitoring Committee')]);
    const later = new OrganizationResolver(noVocab, known);
    later.registerAll([fact('Pacific Forum of States', 'PFS'), fact('Fisheries Monitoring Committee of the Pacific Forum of States')]);
    expect(later.resolve({ name: 'Fisheries Monitoring Committee of the Pacific Forum of States', acronym: null })?.id).toBe(
      'org:fisheries-monitoring-committee',
    );
  });

  it('keeps them apart when P is no organization (a State, a city)', () => {
    const known = graphAfter(noVocab, [fact('Equality Commissioner')]);
    const later = new OrganizationResolver(noVocab, known);
    expect(later.resolve({ name: 'Equality Commissioner of the Republic of Kenya', acronym: null })?.id).toBe(
      'org:equality-commissioner-of-the-republic-of-kenya',
    );
  });
});

describe('addParticipation: contributors a list names', () => {
  const build = () => {
    const g = new GraphBuilder('doc:summary');
    g.addNode('Meeting', 'meeting:m', {});
    g.addNode('Statement', 'stmt:1', {});
    for (const id of ['org:cited', 'org:listed']) g.addNode('Organization', id, { name: id });
    g.addRel('MADE_BY', 'stmt:1', 'org:cited', { paragraphs: ['4'] });
    addParticipation(g, 'meeting:m', () => g.relationships(), [
      { id: 'org:cited', paragraph: 'fn1' },
      { id: 'org:listed', paragraph: 'fn1' },
    ]);
    return g.build('h').relationships.filter((r) => r.type === 'PARTICIPATED_IN');
  };

  it('gives a listed organization no paragraph cites the role "submitter", citing the list', () => {
    const listed = build().find((r) => r.start === 'org:listed')!;
    expect(listed.properties).toMatchObject({ roles: ['submitter'], statements: 0, paragraphs: ['fn1'] });
  });

  it('adds the role to a listed organization that also speaks, keeping its statements', () => {
    const cited = build().find((r) => r.start === 'org:cited')!;
    expect(cited.properties).toMatchObject({ roles: ['speaker', 'submitter'], statements: 1 });
    expect(cited.properties.paragraphs).toEqual(expect.arrayContaining(['4', 'fn1']));
  });

  it('names, for each role, the paragraph or note that first says it', () => {
    const cited = build().find((r) => r.start === 'org:cited')!;
    expect(cited.properties).toMatchObject({ roles: ['speaker', 'submitter'], roleEvidence: ['4', 'fn1'] });
  });
});
