/**
 * A known organization written slightly wrong still resolves to its vocabulary entry, only when
 * one entry fits (organizations/tolerant.ts); and the known parent named at the end of a
 * qualified name is named too. Invented vocabulary and sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import type { KnownOrganization } from '../../../src/ingest/extract/vocabulary.js';
import { foldWord } from '../../../src/ingest/extract/organizations/tolerant.js';
import { makeDoc, vocab } from './mention-fixture.js';

const league: KnownOrganization = {
  name: 'League for Maritime Safety and Rescue',
  acronym: 'LMSR',
  aliases: ['League for Maritime Safety and Rescue Services'],
  kind: 'igo',
};
const unionA: KnownOrganization = { name: 'Union of Coastal Authority', acronym: 'UCA', aliases: [], kind: 'igo' };
const unionB: KnownOrganization = { name: 'Union of Coastal Authorities', acronym: 'UCAS', aliases: [], kind: 'igo' };

describe('tolerant match of a known name', () => {
  it('folds a stray plural and the -isation spelling, nothing else', () => {
    expect(foldWord('organisations')).toBe('organization');
    expect(foldWord('leagues')).toBe('league');
    expect(foldWord('press')).toBe('press');
    expect(foldWord('status')).toBe('status');
  });

  it('resolves a misspelt name to the one entry it can be, and its speaker too', () => {
    const doc = makeDoc(['The representative of the Leagues for Maritime Safety and Rescue stated that patrols had doubled.']);
    const v = vocab({ organizations: [league] });
    const orgs = extractOrganizations(doc, v);
    expect(orgs.map((o) => o.acronym)).toContain('LMSR');
    const speakers = extractStatements(doc, {
      agendaItems: [],
      panels: { panels: [], panellists: [], persons: [] },
      vocab: v,
      organizations: orgs,
    }).statements.map((s) => s.speaker.organization?.acronym);
    expect(speakers).toContain('LMSR');
  });

  it('does not guess between two entries that fold to the same words', () => {
    const doc = makeDoc(['Delegates praised the Unions of Coastal Authority for its work.']);
    const orgs = extractOrganizations(doc, vocab({ organizations: [unionA, unionB] }));
    expect(orgs.map((o) => o.acronym)).not.toContain('UCA');
    expect(orgs.map((o) => o.acronym)).not.toContain('UCAS');
  });

  it('names the known parent at the end of a qualified name, spelt right or slightly wrong', () => {
    for (const parent of ['League for Maritime Safety and Rescue', 'Leagues for Maritime Safety and Rescue']) {
      const doc = makeDoc([`The Rescue Coordination Office of the ${parent} (LMSR/RCO) reported on new rules.`]);
      const orgs = extractOrganizations(doc, vocab({ organizations: [league] }));
      expect(orgs.find((o) => o.acronym === 'LMSR')?.evidence[0]?.quote).toBe(parent);
    }
  });
});
