import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../../src/ingest/extract/meeting.js';
import { buildDoc, parsedSeed } from './fixture.js';

describe('extractMeeting', () => {
  it('reads ordinal, date, format, subject, counts and the Working Group session from a dialogue summary', () => {
    const doc = buildDoc([
      '## I. Introduction',
      '3. The 3rd constructive dialogue on trafficking in persons took place on 14 and 15 June 2024 online, after the conclusion of the twelfth session of the Working Group on Trafficking in Persons. Twenty-two non-governmental organizations and 5 other relevant stakeholders (two from academia and three from the private sector) participated, in addition to 51 Member States.',
      '## II. Briefing',
      '8. The Co-Chairs briefed participants on the twelfth session of the Working Group on Trafficking in Persons, which was held from 10 to 12 June 2024.',
    ]);
    const m = extractMeeting(doc);
    expect(m).toMatchObject({
      kind: 'constructive dialogue',
      ordinal: 3,
      date: '2024-06-14',
      endDate: '2024-06-15',
      format: 'online',
      subject: 'trafficking in persons',
      title: '3rd constructive dialogue on trafficking in persons',
      workingGroup: { name: 'Working Group on Trafficking in Persons', sessionOrdinal: 12, sessionDates: ['2024-06-10', '2024-06-12'] },
    });
    expect(m?.participation.map((c) => [c.kind, c.count])).toEqual([
      ['ngo', 22],
      ['other-stakeholder', 5],
      ['academia', 2],
      ['private-sector', 3],
      ['member-state', 51],
    ]);
    for (const e of m?.evidence ?? []) {
      const p = doc.paragraphs.find((x) => x.number === e.paragraph);
      expect(p?.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('reads a UPR review: the State as subject, the meeting ordinal and the delegations that spoke', () => {
    const doc = buildDoc(
      [
        '## Introduction',
        '1. The Working Group on the Universal Periodic Review, established in accordance with Human Rights Council resolution 5/1, held its thirty-fifth session from 20 to 31 January 2020. The review of Ghana was held at the 9th meeting, on 24 January 2020.',
        '## I. Summary of the proceedings',
        '22. During the interactive dialogue, 64 delegations made statements.',
      ],
      { titleBlock: ['Report of the Working Group on the Universal Periodic Review*', 'Ghana'] },
    );
    expect(extractMeeting(doc)).toMatchObject({
      kind: 'universal periodic review',
      title: 'Universal periodic review of Ghana',
      subject: 'Ghana',
      ordinal: 9,
      date: '2020-01-24',
      participation: [{ kind: 'delegation', count: 64 }],
      workingGroup: {
        name: 'Working Group on the Universal Periodic Review',
        sessionOrdinal: 35,
        sessionDates: ['2020-01-20', '2020-01-31'],
      },
    });
  });

  it('prefers "in person" only when nothing says hybrid or online, and returns null without a meeting sentence', () => {
    const doc = buildDoc(['1. The interactive dialogue with civil society was held in person on 2 March 2022 in Vienna.']);
    expect(extractMeeting(doc)).toMatchObject({ kind: 'interactive dialogue', format: 'in person', date: '2022-03-02', ordinal: null });
    expect(extractMeeting(buildDoc(['1. Amnesty International (AI) reported progress.']))).toBeNull();
  });

  it('reads "The tenth stakeholder consultation, held on …" with a digit ordinal elsewhere', () => {
    const doc = buildDoc([
      '2. The 10th stakeholder consultation, held on 7 November 2021 in a virtual format, gathered experts. Some 120 participants attended.',
    ]);
    expect(extractMeeting(doc)).toMatchObject({
      kind: 'stakeholder consultation',
      ordinal: 10,
      date: '2021-11-07',
      format: 'online',
      subject: null,
      participation: [],
    });
  });

  it('reads the seed: second dialogue, 9 October 2023, hybrid, 40/4/3/1/38, tenth session on 5 and 6 October', () => {
    const m = extractMeeting(parsedSeed());
    expect(m).toMatchObject({
      kind: 'constructive dialogue',
      ordinal: 2,
      date: '2023-10-09',
      format: 'hybrid',
      subject: 'smuggling of migrants',
      workingGroup: { name: 'Working Group on the Smuggling of Migrants', sessionOrdinal: 10, sessionDates: ['2023-10-05', '2023-10-06'] },
    });
    expect(m?.participation.map((c) => [c.kind, c.count])).toEqual([
      ['ngo', 40],
      ['other-stakeholder', 4],
      ['academia', 3],
      ['private-sector', 1],
      ['member-state', 38],
    ]);
    expect(m?.evidence.map((e) => e.paragraph)).toEqual(expect.arrayContaining(['3', '8']));
  });

  it('dates a body\'s meeting by the range in its title when no paragraph dates it', () => {
    const doc = buildDoc([
      '# Report on the meeting of the Expert Group on Wetland Crime held in Bern from 2 to 4 April 2030',
      '1. The Expert Group was set up by decision 1/2.',
      '2. The Expert Group held its fourth meeting in Bern.',
    ]);
    expect(extractMeeting(doc)).toMatchObject({ date: '2030-04-02', endDate: '2030-04-04', body: { name: 'Expert Group on Wetland Crime', session: 4 } });
  });
});
