/**
 * What is and is not an organization around a body's head noun: an "Inspectorate" heads a body,
 * a name before "database" or "portal" qualifies a thing, "Staff of the Office" are people of a
 * body; a panel listed in a footnote gives its people's employers. And descriptions that give
 * the organization before the post, or the body between the post and the State. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { splitAffiliation } from '../../../src/ingest/extract/people/affiliation.js';
import { isPositionPhrase } from '../../../src/ingest/extract/people/name-shapes.js';
import { splitAddressees } from '../../../src/ingest/extract/observations.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Norway', 'Estonia', 'Chile'));
const names = (lines: string[]) => extractOrganizations(buildDoc(lines), vocab).map((o) => o.name);

describe('organizations around a head noun', () => {
  it('reads an Inspectorate, not a database named after a network, nor the staff of a body', () => {
    const found = names([
      '1. Ms. Eva Tamm, Senior Inspector at the Maritime Safety Inspectorate of Estonia, said that the cases were logged in the Baltic Enforcement Network database.',
      '2. Staff of the Maritime Safety Inspectorate had boarded the vessels.',
    ]);
    expect(found).toContain('Maritime Safety Inspectorate of Estonia');
    expect(found).not.toContain('Baltic Enforcement Network');
    expect(found.some((n) => /^Staff of/.test(n ?? ''))).toBe(false);
  });

  it('takes the employers of a panel listed in a footnote', () => {
    const doc = buildDoc(['1. The second panel examined port controls.']);
    doc.paragraphs[0]!.footnoteRefs = ['1'];
    doc.footnotes.push({
      number: '1',
      text: 'The panel was composed of Mr. Arne Dahl, Legal Adviser, Coastal Monitoring Bureau of Norway; and Ms. Inés Soto, Researcher at the Andean Ocean Institute.',
    });
    const found = extractOrganizations(doc, vocab).map((o) => o.name);
    expect(found).toEqual(expect.arrayContaining(['Andean Ocean Institute']));
  });
});

describe('descriptions in other orders', () => {
  const lookup = (s: string) => (['Norway', 'Estonia', 'Chile'].includes(s) ? s : null);

  it('reads "Organization (State), Post" and "Post, Prosecutor\'s Office (State)"', () => {
    expect(splitAffiliation('Polar Law Institute (Norway), Visiting Fellow', lookup)).toEqual({
      position: 'Visiting Fellow',
      organization: { name: 'Polar Law Institute', acronym: null },
      state: 'Norway',
    });
    expect(isPositionPhrase("Senior Prosecutor, Regional Prosecutor's Office (Chile)")).toBe(true);
    expect(isPositionPhrase("the Regional Prosecutor's Office")).toBe(false);
  });

  it('gives "Post of the Body of State" the body as employer, an inner unit staying in the post', () => {
    expect(splitAffiliation('Vice-Chair of the Fisheries Authority of Chile', lookup)).toEqual({
      position: 'Vice-Chair',
      organization: { name: 'Fisheries Authority of Chile', acronym: null },
      state: 'Chile',
    });
    expect(splitAffiliation('Head of the Audit Unit of the Ministry of Finance of Estonia', lookup).position).toBe('Head of the Audit Unit');
    expect(splitAffiliation('Minister of Fisheries of Norway', lookup)).toEqual({ position: 'Minister of Fisheries', organization: null, state: 'Norway' });
  });
});

describe('addressees joined inside an "of" phrase', () => {
  it('keeps two modifiers of one singular head together, parts a plural after "and"', () => {
    expect(splitAddressees('Members of the regional law enforcement and customs cooperation network')).toEqual([
      'Members of the regional law enforcement and customs cooperation network',
    ]);
    expect(splitAddressees('Ministries of justice and civil society organizations')).toEqual([
      'Ministries of justice',
      'civil society organizations',
    ]);
  });
});

describe('names of NGOs in other languages', () => {
  it('are not read as a person beside a bracketed State', async () => {
    const { findPersonMentions } = await import('../../../src/ingest/extract/people/mentions.js');
    const lookup = (s: string) => (s === 'Chile' ? s : null);
    expect(findPersonMentions('The observer for the Asociación Ríos Libres (Chile) described the damage.', lookup)).toEqual([]);
    expect(findPersonMentions('Speaking for the Société Verte Nouvelle (Chile), she stressed the point.', lookup)).toEqual([]);
  });
});
