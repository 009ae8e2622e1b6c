/**
 * The one key for wordings of one body (organizations/body-key.ts), and the merges it drives
 * (organizations/reworded.ts). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { bodyKey, stateAdjectives } from '../../../src/ingest/extract/organizations/body-key.js';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { makeDoc, vocab } from './mention-fixture.js';

const same = (a: string, b: string) => expect(bodyKey(a)).toEqual(bodyKey(b));
const differ = (a: string, b: string) => expect(bodyKey(a).words).not.toBe(bodyKey(b).words);

describe('bodyKey', () => {
  it('ignores little words, word order, a plural, and of/for after "Office"', () => {
    same('Office of Fair Wages', 'Office for Fair Wages');
    same('Ministry of Interior', 'Ministry of the Interior');
    same('Ministry of Culture and Sport', 'Ministry for Culture and Sports');
    same('Office of Minorities', 'Office for Minorities');
    same('Ombudsman for Tenants', 'Tenants’ Ombudsperson');
  });

  it('reads the office of a holder as the holder, and keeps different bodies apart', () => {
    expect(bodyKey('Office of the Tenants Ombudsman')).toEqual({ words: bodyKey('Tenants Ombudsman').words, office: true });
    differ('Office for Minorities', 'Minorities');
    differ('Commission on Water Rights', 'Commission on Land Rights');
  });

  it('gives the regular adjectives of a State and the listed ones', () => {
    expect(stateAdjectives('Ruritania', ['Ruritanian or Rurit'])).toEqual(new Set(['ruritanian', 'rurit', 'ruritaniaian', 'ruritaniaese']));
  });
});

describe('one body under two wordings in one document', () => {
  it('joins "Office of" and "Office for", singular and plural, with and without "the"', () => {
    const facts = extractOrganizations(
      makeDoc([
        'Chile praised the Office for Fair Wages and the Ministry of Culture and Sport.',
        'Peru asked the Office of Fair Wages and the Ministry for Culture and Sports about their budgets.',
      ]),
      vocab(),
    );
    expect(facts.filter((f) => /Fair Wages/.test(f.name ?? ''))).toHaveLength(1);
    expect(facts.filter((f) => /Culture/.test(f.name ?? ''))).toHaveLength(1);
  });

  it('outside a review, joins a body written with a State’s adjective to the same body without it', () => {
    const places = vocab({ places: [{ name: 'Ruritania', kind: 'country', altLabels: [] }] });
    const facts = extractOrganizations(
      makeDoc(['The Ruritanian Ministry of the Interior issued a decree.', 'Observers met officials of the Ministry of Interior.']),
      places,
    );
    expect(facts.filter((f) => /Interior/.test(f.name ?? ''))).toHaveLength(1);
  });
});
