import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { extractPanels } from '../../../src/ingest/extract/panels.js';
import { buildDoc, parsedSeed } from './fixture.js';

const THREE_PANELS = buildDoc([
  '## II. Thematic discussion',
  '4. Under agenda item 3, participants discussed three topics: (a) labour exploitation in supply chains; (b) online recruitment of victims; and (c) access to remedies for survivors.',
  '5. Three panel discussions with a total of 7 experts addressed the topics.',
  '6. The first panel focused on online recruitment of victims by traffickers.',
  '7. The first panellist, from Tech Against Trafficking (TAT), described detection tools. She noted that platforms cooperate.',
  '8. The second panellist, representing the Internet Watch Foundation, explained how reports are triaged, and he stressed the role of hotlines.',
  '9. One speaker asked about encryption.',
  '10. The second panel discussed labour exploitation in supply chains.',
  '11. A panellist from Clean Clothes Campaign reported on audits; his or her colleague was absent. He concluded with a warning.',
  '12. The third panellist described an NGO survey. The panellist added that data were scarce.',
  '13. Another panellist, from the Business and Human Rights Resource Centre, explained that she tracks allegations.',
  '14. Panel 3 was dedicated to access to remedies for survivors.',
  '15. Finally, the panellist of La Strada International said that compensation is rare.',
  '## III. Closing',
  '16. The Chair closed the meeting.',
]);

describe('extractPanels', () => {
  const agenda = extractAgenda(THREE_PANELS);
  const result = extractPanels(THREE_PANELS, agenda.items);

  it('opens each panel where the text says so and matches it to the topic it echoes, whatever the order', () => {
    expect(result.panels.map((p) => [p.ordinal, p.topicKey, p.agendaItem])).toEqual([
      [1, 'para4-b', '3'],
      [2, 'para4-a', '3'],
      [3, 'para4-c', '3'],
    ]);
    expect(result.topics.map((t) => [t.key, t.kind, t.text])).toEqual([
      ['para4-a', 'panel-topic', 'labour exploitation in supply chains'],
      ['para4-b', 'panel-topic', 'online recruitment of victims'],
      ['para4-c', 'panel-topic', 'access to remedies for survivors'],
    ]);
    expect(result.panels[0]?.title).toBe('online recruitment of victims by traffickers');
  });

  it('introduces each panellist once, in the panel opened before, with organization and position', () => {
    expect(result.panellists.map((p) => [p.personKey, p.panelOrdinal, p.position, p.organization.name, p.organization.acronym])).toEqual([
      ['panellist-1-1', 1, 1, 'Tech Against Trafficking', 'TAT'],
      ['panellist-1-2', 1, 2, 'Internet Watch Foundation', null],
      ['panellist-2-1', 2, 1, 'Clean Clothes Campaign', null],
      ['panellist-2-3', 2, 3, null, null],
      ['panellist-2-4', 2, 4, 'Business and Human Rights Resource Centre', null],
      ['panellist-3-1', 3, 1, 'La Strada International', null],
    ]);
  });

  it('gives each panellist an anonymous person with the pronoun the paragraph uses', () => {
    expect(result.persons.map((p) => [p.key, p.name, p.pronoun, p.roles])).toEqual([
      ['panellist-1-1', null, 'she', ['panellist']],
      ['panellist-1-2', null, 'he', ['panellist']],
      ['panellist-2-1', null, 'he', ['panellist']],
      ['panellist-2-3', null, null, ['panellist']],
      ['panellist-2-4', null, 'she', ['panellist']],
      ['panellist-3-1', null, null, ['panellist']],
    ]);
  });

  it('falls back on the announced count when no sentence opens a panel', () => {
    const doc = buildDoc([
      '## II. Panels',
      '1. The topics were: (a) smuggling by sea; and (b) smuggling by air.',
      '2. Two panels addressed the topics.',
    ]);
    const { panels } = extractPanels(doc, []);
    expect(panels.map((p) => [p.ordinal, p.topicKey, p.confidence])).toEqual([
      [1, 'para1-a', 0.5],
      [2, 'para1-b', 0.5],
    ]);
  });

  it('reads the seed: two panels on topics (a) and (b), eight panellists in paragraphs 13–16 and 22–25', () => {
    const doc = parsedSeed();
    const seed = extractPanels(doc, extractAgenda(doc).items);
    expect(seed.panels.map((p) => [p.ordinal, p.topicKey, p.agendaItem])).toEqual([
      [1, 'para9-a', '3'],
      [2, 'para9-b', '3'],
    ]);
    expect(seed.topics.map((t) => t.key)).toEqual(['para9-a', 'para9-b']);
    expect(
      seed.panellists.map((p) => [p.panelOrdinal, p.position, p.evidence[0]?.paragraph, p.organization.name, p.organization.acronym]),
    ).toEqual([
      [1, 1, '13', 'Mixed Migration Centre', 'MMC'],
      [1, 2, '14', 'Regional Support Office of the Bali Process', null],
      [1, 3, '15', 'Centre for the Study of Crime', null],
      [1, 4, '16', 'Counter Human Trafficking Trust – East Africa', 'CHTEA'],
      [2, 1, '22', 'Global Initiative Against Transnational Organized Crime', null],
      [2, 2, '23', 'Global Hope Mobilization', 'GLOHOMO'],
      [2, 3, '24', 'Africa Group for Justice and Accountability', 'AGJA'],
      [2, 4, '25', 'Citizens for a Common Cause', null],
    ]);
    expect(seed.persons.map((p) => p.pronoun)).toEqual(['he', 'she', 'she', 'he', 'she', 'she', 'she', 'she']);
  });
});

describe('a panel introduced with its size', () => {
  it('takes the panel title from what it discussed, past "of three experts"', () => {
    const doc = buildDoc([
      '## II. Panel',
      '2. Under agenda item 2, a panel of three experts discussed the identification of victims in mixed migration flows.',
      '3. The first panellist, from the Harbour Rights Network, presented a study.',
    ]);
    const { panels } = extractPanels(doc, extractAgenda(doc).items);
    expect(panels.map((p) => p.title)).toEqual(['the identification of victims in mixed migration flows']);
  });
});
