import { describe, expect, it } from 'vitest';
import { splitAffiliation } from '../../../../src/ingest/extract/people/affiliation.js';
import { findPersonMentions, mentionAround } from '../../../../src/ingest/extract/people/mentions.js';

const STATES = ['Hungary', 'Chile', 'Russian Federation', 'Ghana', 'Peru'];
const lookup = (s: string): string | null =>
  STATES.find(
    (x) =>
      x.toLowerCase() ===
      s
        .trim()
        .replace(/^the\s+/i, '')
        .toLowerCase(),
  ) ?? null;

function one(text: string) {
  const all = findPersonMentions(text, lookup);
  expect(all).toHaveLength(1);
  const m = all[0]!;
  // evidence is the text's own words
  expect(text.slice(m.nameStart, m.nameEnd)).toBe(m.name);
  return m;
}

describe('people as UN records write them', () => {
  it('name, then position at organization (ACR)', () => {
    const m = one('Ms. Ada Quist, Field Coordinator at the Harbour Rights Collective (HRC), described the outreach.');
    expect([m.honorific, m.name, m.position, m.organization]).toEqual([
      'Ms.',
      'Ada Quist',
      'Field Coordinator',
      { name: 'Harbour Rights Collective', acronym: 'HRC' },
    ]);
  });

  it('name, then State in brackets, then position', () => {
    const m = one('Mr. Teo Varga (Hungary), Vice-Chair of the Bureau, facilitated the session.');
    expect([m.name, m.state, m.position]).toEqual(['Teo Varga', 'Hungary', 'Vice-Chair of the Bureau']);
  });

  it('a job title of a State before a bare name: the title is a position, the State the affiliation, no organization', () => {
    const m = one('The session heard the Minister for Foreign Affairs of the Russian Federation, Ivan Sorokin, first.');
    expect([m.name, m.position, m.state, m.organization]).toEqual([
      'Ivan Sorokin',
      'Minister for Foreign Affairs',
      'Russian Federation',
      null,
    ]);
  });

  it('a representative of a State to an office is that State’s, whatever city follows', () => {
    const m = one(
      'The Deputy Permanent Representative of Chile to the United Nations Office at Vienna, Marta Oyarzún, moderated the exchange.',
    );
    expect([m.name, m.state, m.organization]).toEqual(['Marta Oyarzún', 'Chile', null]);
  });

  it('bare names vouched for by ", of <organization>", the seat dropped, two organizations apart', () => {
    const all = findPersonMentions(
      'Recorded messages from Lina Okafor, of the Coastal Health Institute in Lagos, and Pavel Drozd, of Northbridge Law School and the Northbridge School of Nursing, were shown.',
      lookup,
    );
    expect(all.map((m) => [m.name, m.organization?.name])).toEqual([
      ['Lina Okafor', 'Coastal Health Institute'],
      ['Pavel Drozd', 'Northbridge Law School'],
    ]);
  });

  it('"Name of Organization (ACR)" with lower-case words inside the name, when the acronym fits', () => {
    const m = one("Ms. Inès Moreau of the Collectif d'appui aux travailleuses saisonnières (CATS) said that contracts were verbal.");
    expect(m.organization).toEqual({ name: "Collectif d'appui aux travailleuses saisonnières", acronym: 'CATS' });
  });

  it('capitalised runs that are organizations or States are not people', () => {
    expect(
      findPersonMentions('Statements were made by Ghana, the Harbour Rights Collective and Peru (on behalf of a group).', lookup),
    ).toEqual([]);
    expect(findPersonMentions('It was funded by the Migration Research Trust and Coastal Studies (CS).', lookup)).toEqual([]);
  });
});

describe('splitAffiliation', () => {
  it('keeps an internal unit in the position and makes the body after it the organization', () => {
    expect(splitAffiliation('Head of the Data Unit of the Platform on Climate Mobility', lookup)).toEqual({
      position: 'Head of the Data Unit',
      organization: { name: 'Platform on Climate Mobility', acronym: null },
      state: null,
    });
  });
  it('reads "post, organization" annex lines and the State the organization belongs to', () => {
    expect(splitAffiliation('Counsellor, Permanent Mission of Ghana to the United Nations in Vienna', lookup)).toMatchObject({
      position: 'Counsellor',
      state: 'Ghana',
    });
  });

  it('reads a delegation line written as a list: posts and units, then the body, then a role after it', () => {
    // invented lines in the shape of delegation annexes
    expect(splitAffiliation('Envoy, Chief of the Maps and Archives Service, Ministry of Land', lookup)).toEqual({
      position: 'Envoy, Chief of the Maps and Archives Service',
      organization: { name: 'Ministry of Land', acronym: null },
      state: null,
    });
    expect(splitAffiliation('Ambassador, Under-Secretary, Ministry of Trade, Alternate Head of Delegation', lookup)).toEqual({
      position: 'Ambassador, Under-Secretary, Alternate Head of Delegation',
      organization: { name: 'Ministry of Trade', acronym: null },
      state: null,
    });
    // the units before the body stay in the position; the body's own name may hold commas
    expect(splitAffiliation('Junior Adviser, Rural Roads Department, Ministry of Transport, Housing and Works', lookup)).toEqual({
      position: 'Junior Adviser, Rural Roads Department',
      organization: { name: 'Ministry of Transport, Housing and Works', acronym: null },
      state: null,
    });
    // posts only: the State comes from the representative's title
    expect(splitAffiliation('Ambassador, Permanent Representative of Peru to the United Nations Office at Vienna', lookup)).toEqual({
      position: 'Ambassador, Permanent Representative of Peru to the United Nations Office at Vienna',
      organization: null,
      state: 'Peru',
    });
    // one post and one body read as before
    expect(splitAffiliation('Councillor, Ministry of Land', lookup)).toEqual({
      position: 'Councillor',
      organization: { name: 'Ministry of Land', acronym: null },
      state: null,
    });
  });

  it('reads "Attaché" and "Councillor" as posts', () => {
    expect(splitAffiliation('Attaché, Treaties Department, Ministry of Land', lookup)).toMatchObject({
      position: 'Attaché, Treaties Department',
      organization: { name: 'Ministry of Land' },
    });
    expect(splitAffiliation('Customs Councillor, Ministry of Trade', lookup)).toMatchObject({ position: 'Customs Councillor' });
  });

  it('ends a description where a participle clause continues the sentence', () => {
    const text = 'The delegation of Peru was headed by Mr. Tomás Ruiz, Minister of Energy and accompanied by the following officials:';
    const [m] = findPersonMentions(text, lookup);
    expect(m).toMatchObject({ name: 'Tomás Ruiz', position: 'Minister of Energy' });
  });

  it("does not read a delegation line's unit names as a second person whose title runs back over the first", () => {
    // an invented delegation line: one person, then a chain of units of her ministry
    const text =
      'Ms. Ana Pérez, Director, Water Office, Internal Field Affairs, Mapping and Licensing Directorate, Ministry of Agriculture;';
    const all = findPersonMentions(text, lookup);
    expect(all.map((m) => m.name)).toEqual(['Ana Pérez']);
  });
});

describe('a bare name as the agent of a role verb', () => {
  it('reads "facilitated by Name, Title of Org" without an honorific', () => {
    const m = one('The round table was facilitated by Lucía Ferrer, Coordinator of the Andean Water Forum.');
    expect(m.name).toBe('Lucía Ferrer');
    expect(m.organization?.name).toBe('Andean Water Forum');
  });

  it('does not read a capitalised run after another preposition', () => {
    expect(findPersonMentions('The report was drafted with Andean Water Forum, Lima.', lookup)).toEqual([]);
  });
});

describe('professions as job titles', () => {
  it('reads "Name, Senior … Engineer at Org" as position and organization', () => {
    const text = 'Omar Haddad, Senior Hydraulic and Sanitation Engineer at the Nile Basin Authority; and Li Wen.';
    const m = mentionAround(text, { name: 'Omar Haddad', honorific: null, start: 0, nameStart: 0, nameEnd: 11 }, lookup);
    expect(m?.position).toBe('Senior Hydraulic and Sanitation Engineer');
    expect(m?.organization?.name).toBe('Nile Basin Authority');
  });
});

describe('affiliations written as a bracket, a "who spoke for" clause or a post held "to" a body', () => {
  it('takes an organization named in brackets after an honorific name, when its name says it is one', () => {
    const m = one('Dr. Ilse Marrow (Ghent Institute for Maritime Law) presented the survey.');
    expect([m.organization?.name, m.state]).toEqual(['Ghent Institute for Maritime Law', null]);
  });

  it('leaves a bracketed post and employer to be split, and a bracketed place that is no organization alone', () => {
    const m = one('Ms. Nora Feld (Lecturer in Law, Faculty of Law of Riga) spoke next.');
    expect([m.position, m.organization?.name]).toEqual(['Lecturer in Law', 'Faculty of Law of Riga']);
    expect(one('Mr. Paul Oduya (Lake Victoria Basin) spoke next.').organization).toBeNull();
  });

  it('reads whom a person spoke for', () => {
    expect(one('Mr. Iker Zubiri, who spoke for the Basque Forum on Integrity, recalled the law.').organization?.name).toBe(
      'Basque Forum on Integrity',
    );
    expect(one('Ms. Lea Brandt, speaking on behalf of Fair Courts Watch (FCW), agreed.').organization).toEqual({
      name: 'Fair Courts Watch',
      acronym: 'FCW',
    });
  });

  it('splits a post held "to" an organization, but not one held to a place', () => {
    expect(splitAffiliation('Senior Policy Adviser to the Regional Anti-Fraud Network (RAFN)', lookup)).toMatchObject({
      position: 'Senior Policy Adviser',
      organization: { name: 'Regional Anti-Fraud Network', acronym: 'RAFN' },
    });
    expect(splitAffiliation('Special Envoy to the Great Lakes Region', lookup)).toMatchObject({
      position: 'Special Envoy to the Great Lakes Region',
      organization: null,
    });
  });
});

describe('a profession in lower case before a bare name', () => {
  it('reads the person, with the profession as post, when an organization or State follows the name', () => {
    const m = one('Next, data journalist Marta Quiroga Vidal, of the Coastal Press Collective, showed the maps.');
    expect([m.name, m.position, m.organization?.name]).toEqual(['Marta Quiroga Vidal', 'data journalist', 'Coastal Press Collective']);
    expect(one('The criminologist Yaw Boateng (Ghana) answered.').state).toBe('Ghana');
  });

  it('vouches for nobody without an affiliation after the name', () => {
    expect(findPersonMentions('She thanked the economist Adam Smith Institute for its data.', lookup)).toEqual([]);
  });
});

describe('the acronym tells where an organization starts', () => {
  it('splits "Head of Research of the Open Lake Alliance (OLA)" at the "of" whose name the acronym spells', () => {
    expect(splitAffiliation('Head of Research of the Open Lake Alliance (OLA)', lookup)).toMatchObject({
      position: 'Head of Research',
      organization: { name: 'Open Lake Alliance', acronym: 'OLA' },
    });
  });
});
