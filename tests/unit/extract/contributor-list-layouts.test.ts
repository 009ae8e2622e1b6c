/**
 * Contributor lists of UPR stakeholders' summaries in the layout of later cycles: members of a
 * joint submission separated by semicolons, each with "City (Country)"; an attachment that is a
 * letter rather than a body; cities that are addresses, not people.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { extractPeople } from '../../../src/ingest/extract/people/extract-people.js';
import { makeDoc, vocab } from './mention-fixture.js';
import type { Vocabularies } from '../../../src/ingest/extract/vocabulary.js';

const PLACES: Vocabularies['places'] = [
  { name: 'Peru', kind: 'country', altLabels: [] },
  { name: 'Bolivia', kind: 'country', altLabels: ['Plurinational State of Bolivia'] },
  { name: 'Chile', kind: 'country', altLabels: [] },
];
const lookup = (s: string) => (PLACES.some((p) => p.name === s || p.altLabels.includes(s)) ? s : null);

const note = [
  'The stakeholders listed below have contributed information for this summary.',
  'Civil society Individual submissions: APRODEH Asociación Pro Derechos Humanos del Sur, Arequipa (Peru);',
  'FMA Fundación Mar Abierto, Iquique (Chile); Joint submissions: JS7 Joint submission 7 submitted by:',
  'Red de Mujeres Andinas, Puno (Peru); Colectivo Wayra, La Paz (Bolivia); Observatorio de la Minería, Cusco (Peru);',
  'JS8 Joint submission 8 submitted by: Centro Amazónico de Estudios (CAE), Iquitos (Peru); Kallpa Initiative, Lima (Peru).',
  'Regional intergovernmental organization(s): IACHR Inter-American Commission on Human Rights, Washington (United States);',
  'Attachment: (IACHR-RF) Letter of the Rapporteur on Freedom of Expression to the Government of Peru, 3 May 2021.',
].join(' ');

describe('joint submissions whose members are separated by semicolons', () => {
  const facts = extractOrganizations(makeDoc(['JS7 and JS8 reported.'], [['1', note]]), vocab({ places: PLACES }));
  const names = facts.map((f) => f.name);

  it('reads every member after the first semicolon as a member of the same submission', () => {
    for (const m of ['Red de Mujeres Andinas', 'Colectivo Wayra', 'Observatorio de la Minería', 'Kallpa Initiative'])
      expect(names).toContain(m);
    expect(facts.find((f) => f.acronym === 'JS7')!.aliases[0]).toMatch(/Colectivo Wayra, La Paz \(Bolivia\); Observatorio/);
  });

  it('files the city before the bracketed country as the member’s location, never as a member', () => {
    for (const city of ['Puno', 'La Paz', 'Cusco', 'Iquitos', 'Lima']) expect(names).not.toContain(city);
    expect(facts.find((f) => f.name === 'Colectivo Wayra')!.location).toBe('La Paz, Bolivia');
    // a member with its acronym in brackets keeps the city that follows
    expect(facts.find((f) => f.name === 'Centro Amazónico de Estudios')!.location).toBe('Iquitos, Peru');
  });

  it('keeps individual entries whole and takes no long form across a caption’s colon', () => {
    expect(facts.find((f) => f.acronym === 'FMA')).toMatchObject({ name: 'Fundación Mar Abierto' });
    expect(names.some((n) => n !== null && /Attachment:|;/.test(n))).toBe(false);
    // a letter is a document, not a body of the organization above it
    expect(names).not.toContain('Letter of the Rapporteur on Freedom of Expression to the Government of Peru');
  });
});

describe('addresses in a contributor list', () => {
  it('does not read "City (Country)" as a person', () => {
    const read = extractPeople(makeDoc(['FMA noted gaps.'], [['1', note]]), lookup);
    expect(read.persons.map((p) => p.name)).toEqual([]);
  });

  it('still reads a person a footnote vouches for by a post', () => {
    const other = 'Report by Mr. Tomás Quispe Mamani, Rapporteur on Freedom of Expression, Lima (Peru).';
    const read = extractPeople(makeDoc(['FMA noted gaps.'], [['1', note + ' ' + other]]), lookup);
    expect(read.persons.map((p) => p.name)).toContain('Tomás Quispe Mamani');
  });

  it('gives a person named in an attachment the organization of the entry the attachment belongs to', () => {
    const withPerson = note.replace(
      'Letter of the Rapporteur on Freedom of Expression',
      'Letter of Commissioner Edison Lanza-Ríos, Rapporteur on Migrant Workers, on Freedom of Expression',
    );
    const read = extractPeople(makeDoc(['FMA noted gaps.'], [['1', withPerson]]), lookup);
    expect(read.persons.map((p) => [p.name, p.organization])).toEqual([
      ['Edison Lanza-Ríos', { acronym: 'IACHR', name: 'Inter-American Commission on Human Rights' }],
    ]);
  });
});
