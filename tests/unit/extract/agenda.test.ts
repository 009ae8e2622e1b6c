import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { buildDoc, parsedSeed } from './fixture.js';

describe('extractAgenda', () => {
  it('takes each item’s number from "Under agenda item N" and its title from the section heading', () => {
    const doc = buildDoc([
      '## I. Opening',
      '1. The Chair opened the meeting.',
      '## II. Exchange on victim protection',
      '2. Under agenda item 5, participants exchanged views.',
      '3. Several speakers stressed the need for shelters.',
      '## III. Any other business',
      '4. Under item 7 of the agenda, no issue was raised.',
    ]);
    const { items } = extractAgenda(doc);
    expect(items.map((i) => [i.number, i.title, i.sectionKey])).toEqual([
      ['5', 'Exchange on victim protection', 'II'],
      ['7', 'Any other business', 'III'],
    ]);
    expect(items[0]?.evidence[0]).toMatchObject({ paragraph: '2', quote: 'Under agenda item 5' });
  });

  it('prefers a quoted title and reads items from headings such as "Item 3. …"', () => {
    const doc = buildDoc([
      '## I. Introduction',
      '1. Under agenda item 2, entitled “Briefing by the secretariat”, the secretariat shared an update.',
      '## Item 3. Lessons learned',
      '5. Participants shared lessons.',
    ]);
    expect(extractAgenda(doc).items.map((i) => [i.number, i.title])).toEqual([
      ['3', 'Lessons learned'],
      ['2', 'Briefing by the secretariat'],
    ]);
  });

  it('reads lettered discussion points, but not a panel series’ topic list', () => {
    const doc = buildDoc([
      '## II. Panels',
      '5. Under agenda item 3, the topics were: (a) maritime smuggling; and (b) corruption.',
      '6. Three panel discussions addressed the topics.',
      '## III. Open discussion',
      '9. Under agenda item 4, the discussion was structured along four guiding questions: (a) data; (b) cooperation; (c) victims; and (d) gender.',
    ]);
    const { topics } = extractAgenda(doc);
    expect(topics.map((t) => [t.key, t.label, t.text, t.kind, t.agendaItem])).toEqual([
      ['para9-a', 'a', 'data', 'discussion-point', '4'],
      ['para9-b', 'b', 'cooperation', 'discussion-point', '4'],
      ['para9-c', 'c', 'victims', 'discussion-point', '4'],
      ['para9-d', 'd', 'gender', 'discussion-point', '4'],
    ]);
    const p = doc.paragraphs[2]!;
    for (const t of topics) expect(p.text.slice(t.evidence[0]!.start, t.evidence[0]!.end)).toBe(t.text);
  });

  it('reads the seed: items 2, 3, 4 from sections III, IV, V and the three points of paragraph 27', () => {
    const { items, topics } = extractAgenda(parsedSeed());
    expect(items.map((i) => i.number)).toEqual(['2', '3', '4']);
    expect(items.map((i) => i.title)).toEqual([
      'Briefing on the developments and outcomes of the review process',
      'Spotlight on the topics of the 10th session of the Working Group on the Smuggling of Migrants',
      'Collection of inputs and suggestions from participants and provision of information on relevant activities, including those related to meeting technical assistance needs',
    ]);
    expect(topics.map((t) => [t.key, t.agendaItem])).toEqual([
      ['para27-a', '4'],
      ['para27-b', '4'],
      ['para27-c', '4'],
    ]);
    expect(topics[2]?.text).toBe(
      'gender, human rights and victim-centred approaches to countering organized crime, in particular the smuggling of migrants',
    );
  });
});
