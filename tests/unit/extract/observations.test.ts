import { describe, expect, it } from 'vitest';
import { extractObservations, splitAddressees } from '../../../src/ingest/extract/observations.js';
import { buildDoc, countries, emptyVocab, parsedSeed } from './fixture.js';

describe('extractObservations', () => {
  it('reads observations in a part titled so, skipping the lead-in, with addressees and the should-clause', () => {
    const doc = buildDoc([
      '## III. Discussion',
      '10. States parties should not be read from here.',
      '## IV. Conclusions of the Chair',
      '11. The Chair drew the following conclusions:',
      '12. The secretariat should continue to support civil society participation.',
      '13. In consultation with IOM and UNHCR, Member States should expand regular pathways.',
      '14. States parties, civil society and academia should share data.',
      '15. Safe shelters should be established for victims.',
      '16. The Chair noted broad support for the review mechanism.',
    ]);
    const obs = extractObservations(doc, emptyVocab());
    expect(obs.map((o) => [o.number, o.addressees, o.action])).toEqual([
      ['12', ['secretariat'], 'should continue to support civil society participation'],
      ['13', ['Member States'], 'should expand regular pathways, in consultation with IOM and UNHCR'],
      ['14', ['States parties', 'civil society', 'academia'], 'should share data'],
      ['15', [], 'should be established for victims'],
      ['16', [], null],
    ]);
    expect(obs[0]?.evidence[0]).toMatchObject({ paragraph: '12', start: 0 });
  });

  it('reads sub-numbered UPR recommendations: imperative, addressed to the State under review, with their authors', () => {
    const doc = buildDoc([
      '## Introduction',
      '1. The review of Ghana was held at the 9th meeting, on 24 January 2020.',
      '## II. Conclusions and/or recommendations',
      '100. The following recommendations enjoy the support of Ghana:',
      '100.1 Ratify the Protocol to the Forced Labour Convention, 1930 (No. 29) (France) (Iran (Islamic Republic of));',
      '100.2 Strengthen, through a strategy, the fight against discrimination (Peru); Consider abolishing the death penalty (Chile);',
      '101. All recommendations reflect the position of the submitting State(s). They should not be construed as endorsed by the Working Group.',
    ]);
    const obs = extractObservations(doc, emptyVocab(countries('Ghana', 'France', 'Peru', 'Chile')));
    expect(obs.map((o) => [o.number, o.addressees, o.recommendedBy])).toEqual([
      ['100.1', ['Ghana'], ['France', 'Iran (Islamic Republic of)']],
      ['100.2', ['Ghana'], ['Peru', 'Chile']],
    ]);
    expect(obs[0]?.action).toBe('Ratify the Protocol to the Forced Labour Convention, 1930 (No. 29)');
  });

  it('credits the States named for one part of a recommendation, not only those closing it', () => {
    const doc = buildDoc([
      '## II. Conclusions and/or recommendations',
      '90. The recommendations below will be examined by Ghana.',
      '90.1 To accede to (France)/consider acceding to (Peru) the Convention on Statelessness (France, Peru) and to withdraw its reservations (Peru);',
      '90.2 To ratify ILO Convention No. 189 (No. 189) and to report on it (Chile);',
    ]);
    const obs = extractObservations(doc, emptyVocab(countries('Ghana', 'France', 'Peru', 'Chile')));
    expect(obs.map((o) => [o.number, [...o.recommendedBy].sort()])).toEqual([
      ['90.1', ['France', 'Peru']],
      ['90.2', ['Chile']],
    ]);
    expect(obs[0]?.action).toBe('To accede to/consider acceding to the Convention on Statelessness and to withdraw its reservations');
  });

  it('keeps names with "of … and …" whole when splitting addressees', () => {
    expect(splitAddressees('the Ministry of Migration and Asylum and civil society')).toEqual([
      'Ministry of Migration and Asylum',
      'civil society',
    ]);
  });

  it('reads the seed’s seven observations (paragraphs 37–43), not the lead-in', () => {
    const obs = extractObservations(parsedSeed(), emptyVocab());
    expect(obs.map((o) => o.number)).toEqual(['37', '38', '39', '40', '41', '42', '43']);
    expect(obs.find((o) => o.number === '41')?.addressees).toEqual(['States parties', 'non-governmental stakeholders']);
    const p39 = obs.find((o) => o.number === '39');
    expect(p39?.addressees).toEqual(['States parties']);
    expect(p39?.action).toMatch(/^should provide capacity-building .*, in cooperation with UNODC and relevant stakeholders$/);
    expect(obs.every((o) => o.recommendedBy.length === 0)).toBe(true);
  });

  it('skips a lead-in that points below instead of ending on a colon', () => {
    const doc = buildDoc([
      '## II. Recommendations',
      '3. At its meeting, the Expert Group adopted the recommendations set out below, for endorsement by the Assembly.',
      '4. States parties should train border officers in document examination.',
      '5. The secretariat should publish a guide on asset tracing.',
    ]);
    expect(extractObservations(doc, emptyVocab()).map((o) => [o.number, o.addressees])).toEqual([
      ['4', ['States parties']],
      ['5', ['secretariat']],
    ]);
  });
});

describe('the chairs asking in the present tense, and shared qualifiers', () => {
  it('reads "The Chairs invite / encourage / recommend that X …" in the observations part as addressed to X', () => {
    const doc = buildDoc([
      '## V. Observations of the Chair',
      '20. The Chair invites origin countries to publish their data annually.',
      '21. The Chair encourages academic networks to pool their case studies.',
      '22. Lastly, the Chair recommends that the Conference keep the item on its agenda.',
      '23. The Chair notes the wide interest in the subject.',
    ]);
    const obs = extractObservations(doc, emptyVocab());
    expect(obs.map((o) => [o.number, o.addressees])).toEqual([
      ['20', ['origin countries']],
      ['21', ['academic networks']],
      ['22', ['Conference']],
      ['23', []],
    ]);
  });

  it('gives each qualifier of a shared noun its own addressee', () => {
    expect(splitAddressees('Regional and national authorities')).toEqual(['regional authorities', 'national authorities']);
    expect(splitAddressees('sending and receiving countries')).toEqual(['sending countries', 'receiving countries']);
    expect(splitAddressees('Governments and civil society')).toEqual(['Governments', 'civil society']);
  });
});
