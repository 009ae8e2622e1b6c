/**
 * Panels a Chair's summary announces in three ways at once: a heading "Panel 1: …" with its
 * people listed one a line under "Panellists:" (in any order of name, post and organization), a
 * sentence naming the panel by its ordinal ("The second panel, moderated by …, brought together
 * …"; "The third panel examined …"), and a panel whose people are given only in a footnote.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/ingest/parse/index.js';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { extractChairs } from '../../../src/ingest/extract/chairs.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Portugal', 'Kenya', 'Canada', 'Austria', 'Uruguay', 'Mongolia', 'Finland'));

const MD = `# Chair's summary

## I. Opening

1. The Chair opened the meeting.

## II. Panel 1: Wildlife trafficking through air cargo

Panellists:

- Mr. Tiago Mendes Rocha, Customs Inspector, National Customs Service (Portugal)
- Head of Analysis, Wildlife Crime Unit of Kenya: Ms. Achieng Odhiambo-Lutz
- Dr. Marie Lavallée, Northern Ecology Institute (Canada), Associate Professor

2. The Chair invited Mr. Jonas Feldmann, Senior Officer at the Austrian Environment Agency, to moderate the panel.

3. Mr. Mendes Rocha said that 41 shipments had been stopped at the airport.

## III. Marine pollution

4. The second panel, moderated by Ms. Laura Pereyra (Uruguay), Vice-Chair of the Commission, brought together Mr. Batbayar Dorj, Director at the Mongolian Water Agency; and Ms. Aino Virtanen, lecturer in environmental law at Lakeland University. The panel considered the discharge of waste from ships.

## IV. Corruption and forest crime

5. The third panel examined corruption in the timber trade, and was chaired by the Rapporteur.[^1]

6. Ms. Grün said that few cases reached court.

[^1]: The panel was composed of Ms. Hanna Grün, Programme Officer, Forest Integrity Network (FIN); and Mr. Olli Korhonen, Chief Investigator of the National Forest Inspectorate of Finland.
`;

describe('panels announced by a numbered heading, an ordinal sentence and a footnote', () => {
  const facts = extractFacts(parseDocument(Buffer.from(MD), 'panels.md'), vocab);
  const name = (key: string) => facts.persons.find((p) => p.key === key)?.name;

  it('reads all three panels with their titles', () => {
    expect(facts.panels.map((p) => p.title)).toEqual([
      'Wildlife trafficking through air cargo',
      'the discharge of waste from ships',
      'corruption in the timber trade',
    ]);
  });

  it('seats the people of the heading list, the make-up sentence and the footnote', () => {
    const seats = facts.panellists.map((x) => [x.panelOrdinal, name(x.personKey), x.organization?.name ?? null]);
    expect(seats).toEqual(
      expect.arrayContaining([
        [1, 'Tiago Mendes Rocha', 'National Customs Service'],
        [1, 'Achieng Odhiambo-Lutz', 'Wildlife Crime Unit of Kenya'],
        [1, 'Marie Lavallée', 'Northern Ecology Institute'],
        [2, 'Batbayar Dorj', 'Mongolian Water Agency'],
        [2, 'Aino Virtanen', 'Lakeland University'],
        [3, 'Hanna Grün', 'Forest Integrity Network'],
        [3, 'Olli Korhonen', 'National Forest Inspectorate of Finland'],
      ]),
    );
    expect(seats).toHaveLength(7);
  });

  it('reads post and organization whichever comes first on a list line', () => {
    const lavallee = facts.persons.find((p) => p.name === 'Marie Lavallée');
    expect([lavallee?.position, lavallee?.organization?.name, lavallee?.state]).toEqual([
      'Associate Professor',
      'Northern Ecology Institute',
      'Canada',
    ]);
    const odhiambo = facts.persons.find((p) => p.name === 'Achieng Odhiambo-Lutz');
    expect(odhiambo?.position).toBe('Head of Analysis');
  });

  it('makes moderators of the person invited to moderate and of the agent of "moderated by"', () => {
    const moderators = facts.persons.filter((p) => p.roles.includes('moderator')).map((p) => p.name);
    expect(moderators).toEqual(expect.arrayContaining(['Jonas Feldmann', 'Laura Pereyra']));
    expect(moderators).not.toContain('Batbayar Dorj');
  });

  it('links a surname met before the footnote that names the person in full', () => {
    expect(facts.statements.filter((s) => s.paragraph === '6').map((s) => name(s.speaker.personKey ?? ''))).toEqual(['Hanna Grün']);
  });
});

describe('chairs after a role verb', () => {
  it('stop at the main verb of the sentence, and a post after "moderated by the" does not change the role', () => {
    const chairs = extractChairs(
      buildDoc([
        '1. The session, facilitated by Mr. Pablo Ruiz (Chile), Counsellor, then heard Ms. Rosa Lind, Director of the Harbour Office.',
        '2. The debate was moderated by the Rapporteur of the Committee, Ms. Eun-ji Park (Republic of Korea).',
      ]),
    );
    expect(chairs.map((c) => [c.name, c.roles])).toEqual([
      ['Pablo Ruiz', ['facilitator']],
      ['Eun-ji Park', ['moderator']],
    ]);
  });
});
