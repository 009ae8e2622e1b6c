/**
 * A forum's report read as a whole: numbered session headings as panels, a "Moderator:" line
 * under one, speakers' lists in groups and in footnotes, the body known by its year, the chair's
 * offices as subjects, the chair's own requests in the outcome part.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { splitPosition } from '../../../src/ingest/extract/chairs.js';
import { headingTitle } from '../../../src/ingest/extract/panels/panel-openings.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Fiji', 'Norway', 'Ghana', 'Peru', 'Jordan', 'Samoa'));

const lines = [
  '# Report of the 2031 Forum on Rural Livelihoods',
  '## I. Introduction',
  '1. In its resolution 70/5, the Council decided that the 2031 Forum on Rural Livelihoods would address land tenure.',
  '2. The Forum on Rural Livelihoods was held in Geneva on 14 and 15 October 2031.',
  '3. At the opening meeting, the Forum elected as its Chair-Rapporteur the Permanent Representative of Fiji, Losana Vatu.',
  '4. In her opening remarks, the President of the Council, Ambassador Ingrid Aas, welcomed the participants.',
  '5. The Chair-Rapporteur thanked the Council and described the programme.',
  '## II. Summary of discussions',
  '### Session 1: Land titles for smallholders',
  'Moderator: Kofi Asante-Boadu, Senior Adviser, Savanna Farmers Network',
  '6. The moderator recalled that 61 per cent of smallholders held no title.',
  '7. Rosa Mamani Quispe, Coordinator at the Andean Seed Guardians (ASG), said that titles were costly.',
  '8. Participants discussed customary tenure.[^1]',
  '### Session 2: Water for farming',
  '9. With Tevita Fonua, Engineer at the Pacific Irrigation Trust, as moderator, the session turned to water.',
  '10. Statements were also made by representatives of Jordan, Peru and Samoa, and of the following non-governmental organizations: Rain Harvest Collective; Agua Viva Colectivo; and Drylands Watch.',
  '11. Statements were made by representatives of Norway and Ghana, as well as of the World Food Programme (WFP) and the non-governmental organization Sahel Orchards Association.',
  '12. The Pacific Irrigation Trust estimated the investment gap at US$ 2.5 trillion.',
  '## III. Conclusions and recommendations of the Chair-Rapporteur',
  '13. The Chair-Rapporteur recommends that States: (a) Register customary land; (b) Fund irrigation.',
  '14. The Chair-Rapporteur encourages the Food and Agriculture Organization and the International Fund for Agricultural Development to share data.',
];

function doc() {
  const d = buildDoc(lines);
  d.paragraphs.find((p) => p.number === '8')!.footnoteRefs = ['1'];
  d.footnotes.push({
    number: '1',
    text: 'Statements were made by: (a) Representatives of States: Norway (on behalf of the Group of 20) and Peru; (b) Non-governmental organizations: Highland Herders Union and Terra Nostra Onlus.',
  });
  return d;
}

describe('a forum report', () => {
  const f = extractFacts(doc(), vocab);
  const person = (name: string) => f.persons.find((p) => p.name === name);
  const speakers = (paragraph: string) =>
    f.statements.filter((s) => s.paragraph === paragraph).map((s) => s.speaker.state ?? s.speaker.organization?.name ?? s.speaker.surface);

  it('a body known by its year is the meeting body, dated by the paragraph that says when it was held', () => {
    expect(f.meeting?.body?.name).toBe('Forum on Rural Livelihoods');
    expect(f.meeting?.date).toBe('2031-10-14');
  });

  it('numbered session headings are panels titled by their subjects', () => {
    expect(f.panels.map((p) => p.title)).toEqual(['Land titles for smallholders', 'Water for farming']);
    expect(headingTitle('Segment III – Credit and savings')).toBe('Credit and savings');
  });

  it('a numbered working or breakout group of a day of discussion is a panel; an unnumbered working group is not', () => {
    expect(headingTitle('B. Working group 2 – Birth registration in remote areas')).toBe('Birth registration in remote areas');
    expect(headingTitle('Breakout group II: Families on the move')).toBe('Families on the move');
    expect(headingTitle('Working Group on the Universal Periodic Review')).toBeNull();
    expect(headingTitle('Working groups')).toBeNull();
  });

  it('roles: elected Chair-Rapporteur, a "Moderator:" line, "as moderator"', () => {
    expect(person('Losana Vatu')?.roles).toContain('Chair');
    expect(person('Kofi Asante-Boadu')?.roles).toContain('moderator');
    expect(person('Kofi Asante-Boadu')?.organization?.name).toBe('Savanna Farmers Network');
    expect(person('Tevita Fonua')?.roles).toContain('moderator');
  });

  it('offices as subjects go to their holders; "The moderator" to the panel\'s moderator', () => {
    const key = (n: string) => f.statements.find((s) => s.paragraph === n)?.speaker.personKey;
    expect(key('5')).toBe(person('Losana Vatu')?.key);
    expect(key('6')).toBe(person('Kofi Asante-Boadu')?.key);
  });

  it("a speakers' list in groups: States, then organizations after their caption", () => {
    expect(speakers('10')).toEqual(['Jordan', 'Peru', 'Samoa', 'Rain Harvest Collective', 'Agua Viva Colectivo', 'Drylands Watch']);
    expect(speakers('11')).toEqual(['Norway', 'Ghana', 'World Food Programme', 'Sahel Orchards Association']);
    expect(f.statements.find((s) => s.speaker.organization?.name === 'World Food Programme')?.speaker.organization?.acronym).toBe('WFP');
  });

  it("a footnote's speakers' list speaks in the paragraph that calls it, cited in the note", () => {
    expect(speakers('8')).toEqual(expect.arrayContaining(['Norway', 'Peru', 'Highland Herders Union', 'Terra Nostra Onlus']));
    expect(f.statements.find((s) => s.paragraph === '8' && s.speaker.state === 'Norway')?.evidence[0]?.paragraph).toBe('fn1');
  });

  it("organizations: listed speakers, a note's speakers and people's employers", () => {
    const names = f.organizations.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Drylands Watch',
        'Terra Nostra Onlus',
        'Andean Seed Guardians',
        'Pacific Irrigation Trust',
        'Savanna Farmers Network',
      ]),
    );
  });

  it("a group of States a note's speaker speaks for is an organization; the State is the speaker", () => {
    expect(f.organizations.map((o) => o.name)).toContain('Group of 20');
    expect(speakers('8')).not.toContain('Group of 20');
  });

  it('a figure in trillions', () => {
    expect(f.statistics.some((s) => s.value === 2.5e12)).toBe(true);
  });

  it("the chair's own requests in the outcome part name their addressees", () => {
    const obs = (n: string) => f.observations.find((o) => o.number === n)?.addressees;
    expect(obs('13')).toEqual(['States']);
    expect(obs('14')).toEqual(['Food and Agriculture Organization', 'International Fund for Agricultural Development']);
  });
});

describe('chair lists', () => {
  it('"…, and by the Deputy …, Y" is a second agent, not the first person\'s post', () => {
    expect(splitPosition(', and by the Deputy Director, Mr. Y').position).toBeNull();
  });
});

describe('employers that are not organizations', () => {
  it("a minister's portfolio is not a candidate of its own", () => {
    const f = extractFacts(
      buildDoc([
        '1. The delegation was headed by the Minister of Rural Affairs, Aleksi Virtanen.',
        '2. Mr. Juan Pérez, Director of the Seed Unit of the Ministry of Agriculture, spoke.',
      ]),
      vocab,
    );
    const names = f.organizations.map((o) => o.name);
    expect(names).not.toContain('Rural Affairs');
    expect(names).toContain('Ministry of Agriculture');
  });
});

describe('names of bodies read by their head words', () => {
  const names = (line: string) => extractFacts(buildDoc([line]), vocab).organizations.map((o) => o.name);

  it('a plural\'s possessive stays inside a name: "… Farmers\' Rights Network"', () => {
    expect(names("1. The Highland Farmers' Rights Network reported on the harvest.")).toContain("Highland Farmers' Rights Network");
  });

  it('an opening "Speaking for the …" is not part of the body\'s name', () => {
    const found = names('1. Speaking for the Ombudsman of Samoa, the deputy said that complaints had doubled.');
    expect(found).toContain('Ombudsman of Samoa');
    expect(found.some((n) => n?.startsWith('Speaking'))).toBe(false);
  });

  it('past a post, a unit gives way to its body: "Head of the Seed Unit of the Ministry of X"', () => {
    expect(names('1. Ms. Ana Lopes, Head of the Seed Unit of the Ministry of Rural Affairs, spoke.')).not.toContain(
      'Seed Unit of the Ministry of Rural Affairs',
    );
  });
});

describe('anonymous groups of representatives', () => {
  it('"several trade union representatives asked …" is an anonymous group; "representatives of X" is not', async () => {
    const { anonymousSubjectAt } = await import('../../../src/ingest/extract/text-subjects.js');
    expect(anonymousSubjectAt('Several trade union representatives asked for data.', 0)).toMatchObject({
      noun: 'participant',
      plural: true,
    });
    expect(anonymousSubjectAt('Some representatives of Peru asked for data.', 0)).toBeNull();
  });
});

describe('a day of discussion in breakout groups', () => {
  it("a group's rapporteur sits with its facilitator, not on the panel", () => {
    const f = extractFacts(
      buildDoc([
        '# Report of the 2032 day of discussion on birth registration',
        '## IV. Breakout groups',
        '### A. Breakout group 1: Registration in remote areas',
        '5. Breakout group 1, facilitated by Ms. Mele Havili, considered mobile registration units. Mr. Arjun Mehta, member of the Board, served as rapporteur.',
        '6. Ms. Carla Bermúdez, Director of Registro Abierto, said that fees deterred parents.',
      ]),
      vocab,
    );
    expect(f.panels.map((p) => p.title)).toEqual(['Registration in remote areas']);
    const names = f.panellists.map((x) => f.persons.find((p) => p.key === x.personKey)?.name);
    expect(names).toContain('Carla Bermúdez');
    expect(names).not.toContain('Arjun Mehta');
  });

  it('the agents of a participial "facilitated by" phrase do not make the statement its sentence ends on', () => {
    const f = extractFacts(
      buildDoc([
        '# Report of the 2032 day of discussion on birth registration',
        '## IV. Breakout groups',
        '### B. Breakout group 2: Late registration',
        '7. The second group, moderated by Board members Ms. Ewa Lis and Mr. Omar Said, examined fees for late registration.',
        '8. Ms. Ewa Lis noted that fees had been waived in some provinces.',
      ]),
      vocab,
    );
    const spoke = (n: string) => f.statements.filter((s) => s.paragraph === n).map((s) => s.speaker.surface);
    expect(spoke('7')).toEqual([]);
    expect(spoke('8')).toHaveLength(1);
  });
});
