/**
 * Names that run on past a comma or a "concerning" (name-lists.ts): a list of single words
 * inside a body's name, and a long government body's subject. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { splitAffiliation } from '../../../src/ingest/extract/people/affiliation.js';
import { innerListEnd } from '../../../src/ingest/extract/name-lists.js';
import { makeDoc, vocab } from './mention-fixture.js';

const noState = () => null;

describe('a list inside a body’s name', () => {
  it('keeps "…, X or Y …" inside the name a description gives as the employer', () => {
    const r = splitAffiliation('a member of the Panel on Unlawful, Arbitrary or Secret Detention of Migrants', noState);
    expect(r.organization?.name).toBe('Panel on Unlawful, Arbitrary or Secret Detention of Migrants');
    expect(r.position).toBe('member');
  });

  it('still splits at the comma that separates the post from the employer', () => {
    const r = splitAffiliation('Head of Research, Policy and Advocacy, Harbour Rights Network', noState);
    expect(r.organization?.name).toBe('Harbour Rights Network');
  });

  it('finds the whole body, with its comma, as an organization', () => {
    const doc = makeDoc([
      'A member of the Subcommittee on Lawful, Humane and Dignified Treatment of Prisoners described recent visits.',
      'The Department for Research, Training and Outreach of the Institute publishes an annual survey.',
    ]);
    const names = extractOrganizations(doc, vocab()).map((f) => f.name);
    expect(names).toContain('Subcommittee on Lawful, Humane and Dignified Treatment of Prisoners');
    expect(names).not.toContain('Subcommittee on Lawful');
  });

  it('ends the name at a comma after a body noun, before an acronym or before a longer name', () => {
    const t1 = 'the Coastal Rights Network, Harbour Watch and Tidewater Alliance';
    expect(innerListEnd(t1, t1.indexOf(','))).toBe(-1);
    const t2 = 'the Office for Migrant Workers, UNICEF and ILO';
    expect(innerListEnd(t2, t2.indexOf(','))).toBe(-1);
    const t3 = 'the Centre for Peace Studies, Civil Rights Defenders and others';
    expect(innerListEnd(t3, t3.indexOf(','))).toBe(-1);
  });
});

describe('"concerning" inside a government body’s name', () => {
  it('reads the body to the end of its subject', () => {
    const doc = makeDoc(['The Interministerial Commission for Matters concerning the Coastal Fishing Communities met twice.']);
    const names = extractOrganizations(doc, vocab()).map((f) => f.name);
    expect(names).toContain('Interministerial Commission for Matters concerning the Coastal Fishing Communities');
  });

  it('does not join a State or a lowercase clause after "concerning"', () => {
    const doc = makeDoc(['The Ombudsman Office issued an opinion concerning detention conditions.']);
    const names = extractOrganizations(doc, vocab()).map((f) => f.name);
    expect(names).toContain('Ombudsman Office');
  });
});
