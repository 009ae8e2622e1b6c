/**
 * Lists of panellists that put a person's whole description in brackets after the name:
 * "(a) Ms. X (Director, Organization, City);" — the post first, then the organization, whose
 * name may itself hold a comma or a bracketed acronym. Also a post before the first comma of a
 * description ("Field Editor, Organization").
 */
import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../../../src/ingest/extract/people/mentions.js';
import { isPositionPhrase } from '../../../../src/ingest/extract/people/name-shapes.js';
import { findPeopleLists } from '../../../../src/ingest/extract/people/lists.js';
import { extractFacts } from '../../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from '../fixture.js';

const lookup = (s: string): string | null => (s === 'Ghana' ? 'Ghana' : null);

describe('a description in brackets after a named person', () => {
  it('reads the post and the organization, the organization keeping its inner comma', () => {
    const [m] = findPersonMentions('Mr. Kwame Boateng (Programme Officer, Centre for Fisheries, Trade and Labour) spoke first.', lookup);
    expect(m?.name).toBe('Kwame Boateng');
    expect(m?.position).toBe('Programme Officer');
    expect(m?.organization?.name).toBe('Centre for Fisheries, Trade and Labour');
  });

  it('balances a bracketed acronym inside the description', () => {
    const text = 'Ms. Efua Mensah (Senior Lecturer, Institute of Maritime Law (IML), Accra) and others attended.';
    const [m] = findPersonMentions(text, lookup);
    expect(m?.position).toBe('Senior Lecturer');
    expect(m?.organization?.name).toMatch(/^Institute of Maritime Law/);
    // the mention ends at the bracket that closes the description
    expect(text.slice(m!.start, m!.end)).toBe('Ms. Efua Mensah (Senior Lecturer, Institute of Maritime Law (IML), Accra)');
  });

  it('leaves a bracket that is not a description alone', () => {
    const [m] = findPersonMentions('Ms. Efua Mensah (speaking by video link) said that boats were unsafe.', lookup);
    expect(m?.position).toBeNull();
    expect(m?.organization).toBeNull();
  });

  it('still reads a State in brackets', () => {
    const [m] = findPersonMentions('Mr. Kofi Asare (Ghana), Vice-Chair of the Committee, opened the meeting.', lookup);
    expect(m?.state).toBe('Ghana');
  });
});

describe('a "Chief of …" post', () => {
  it('is read with the units and the office after it', () => {
    const [m] = findPersonMentions(
      'Ms. Adwoa Sarpong, Chief of the Statistics Section, Research Branch, United Nations Environment Programme (UNEP), presented the data.',
      lookup,
    );
    expect(m?.position).toMatch(/^Chief of the Statistics Section/);
    expect(m?.organization?.acronym).toBe('UNEP');
  });
});

describe('a post before the first comma of a description', () => {
  it('reads "Field Editor, <organization>" as a post', () => {
    expect(isPositionPhrase('Field Editor, Coastal Investigations Consortium of West Africa and the Gulf')).toBe(true);
  });
  it('does not take an organization alone for a post', () => {
    expect(isPositionPhrase('Coastal Investigations Consortium, Accra')).toBe(false);
  });
});

describe('a lettered list of panellists', () => {
  const text =
    'The following experts served as panellists: (a) Ms. Efua Mensah (Senior Lecturer, Institute of Maritime Law); (b) Mr. Kwame Boateng (Programme Officer, Harbour Watch).';

  it('is a list of panellists when its items open on people', () => {
    const [list] = findPeopleLists(text);
    expect(list?.role).toBe('panellist');
    expect(list?.items).toHaveLength(2);
  });

  it('is still a speakers roster when its items are captions', () => {
    expect(
      findPeopleLists('Statements were made and questions put to the panellists: (a) Representatives of States: Ghana, Peru.'),
    ).toEqual([]);
  });
});

describe('a report titled after its panel', () => {
  it('records that panel, with the people its list seats on it', () => {
    const doc = buildDoc(
      [
        '## I. Introduction',
        '1. The Council decided that the discussion would focus on small-scale fisheries.',
        '2. The following experts served as panellists: (a) Ms. Efua Mensah (Senior Lecturer, Institute of Maritime Law); (b) Mr. Kwame Boateng (Programme Officer, Harbour Watch).',
        '## II. Summary',
        '3. Ms. Mensah said that boats were unsafe.',
      ],
      { titleBlock: ['Human Rights Council', 'Annual panel discussion on the rights of fishing communities', 'Report of the Secretariat'] },
    );
    const f = extractFacts(doc, emptyVocab(countries('Ghana')));
    expect(f.panels.map((p) => p.title)).toEqual(['the rights of fishing communities']);
    const names = f.panellists.map((pl) => f.persons.find((p) => p.key === pl.personKey)?.name);
    expect(names).toEqual(['Efua Mensah', 'Kwame Boateng']);
    expect(f.panellists.map((pl) => pl.organization?.name)).toEqual(['Institute of Maritime Law', 'Harbour Watch']);
  });

  it('names the organizations its list of panellists gives', () => {
    const doc = buildDoc([
      '1. The following experts served as panellists: (a) Ms. Efua Mensah (Senior Lecturer, Institute of Maritime Law); (b) Mr. Kwame Boateng (Programme Officer, Harbour Watch).',
    ]);
    const orgs = extractFacts(doc, emptyVocab(countries('Ghana'))).organizations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(['Institute of Maritime Law', 'Harbour Watch']));
  });

  it('is not read from a title that announces no panel', () => {
    const doc = buildDoc(['1. The Council held a debate on fisheries.'], { titleBlock: ['Report of the Council on its session'] });
    expect(extractFacts(doc, emptyVocab()).panels).toEqual([]);
  });
});
