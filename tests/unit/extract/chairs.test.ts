import { describe, expect, it } from 'vitest';
import { extractChairs } from '../../../src/ingest/extract/chairs.js';
import { buildDoc, parsedSeed } from './fixture.js';

describe('extractChairs', () => {
  it('reads each co-chair with honorific, pronoun, position and organization', () => {
    const doc = buildDoc([
      '2. The dialogue was chaired by the Co-Chairs, Mr. Ahmed Diallo, Director of Migration Policy at the Ministry of the Interior of Senegal, Ms. Ana Ruiz, Judge at the Supreme Court (SC), and Dr. Lena Park, Professor at Seoul National University.',
    ]);
    const chairs = extractChairs(doc);
    expect(chairs.map((c) => [c.key, c.name, c.honorific, c.pronoun, c.roles, c.position])).toEqual([
      ['chair-1', 'Ahmed Diallo', 'Mr.', 'he', ['Co-Chair'], 'Director of Migration Policy'],
      ['chair-2', 'Ana Ruiz', 'Ms.', 'she', ['Co-Chair'], 'Judge'],
      ['chair-3', 'Lena Park', 'Dr.', null, ['Co-Chair'], 'Professor'],
    ]);
    expect(chairs.map((c) => c.organization)).toEqual([
      { name: 'Ministry of the Interior of Senegal', acronym: null },
      { name: 'Supreme Court', acronym: 'SC' },
      { name: 'Seoul National University', acronym: null },
    ]);
    const p = doc.paragraphs[0]!;
    for (const c of chairs) expect(p.text.slice(c.evidence[0]!.start, c.evidence[0]!.end)).toBe(c.evidence[0]!.quote);
  });

  it('makes a person a moderator or facilitator when that is the verb, not a chair', () => {
    const read = extractChairs(
      buildDoc([
        '4. The round table was moderated by Ms. Ines Duarte, journalist.',
        '5. The working session was facilitated by Mr. Koji Mori.',
      ]),
    );
    expect(read.map((c) => [c.name, c.roles])).toEqual([
      ['Ines Duarte', ['moderator']],
      ['Koji Mori', ['facilitator']],
    ]);
  });

  it('"facilitated by Board members X and Y" and "X and Y, members of the Board": each is a member', () => {
    const read = extractChairs(
      buildDoc([
        '3. The first breakout session was facilitated by Board members Ms. Hana Kobayashi and Mr. Ole Brandt.',
        '4. The second was facilitated by Ms. Rosa Ilić and Mr. Tunde Bakare, members of the Advisory Board.',
      ]),
    );
    expect(read.map((c) => [c.name, c.roles, c.position, c.organization?.name])).toEqual([
      ['Hana Kobayashi', ['facilitator'], 'Board member', 'Board'],
      ['Ole Brandt', ['facilitator'], 'Board member', 'Board'],
      ['Rosa Ilić', ['facilitator'], 'member of the Advisory Board', 'Advisory Board'],
      ['Tunde Bakare', ['facilitator'], 'member of the Advisory Board', 'Advisory Board'],
    ]);
  });

  it('reads a single Chair and a President introduced by role', () => {
    const chaired = extractChairs(buildDoc(['1. The meeting was chaired by Ambassador Maria Silva, Permanent Representative of Brazil.']));
    expect(chaired[0]).toMatchObject({
      name: 'Maria Silva',
      honorific: 'Ambassador',
      roles: ['Chair'],
      position: 'Permanent Representative of Brazil',
    });
    const president = extractChairs(buildDoc(['1. The President of the Council, Mr. Juan Perez, opened the session.']));
    // the role phrase is the post as written (the eval's gold: "President of the Human Rights Council")
    expect(president[0]).toMatchObject({ name: 'Juan Perez', roles: ['President'], pronoun: 'he', position: 'President of the Council' });
    const appositive = extractChairs(buildDoc(['1. The Chair, Ms. Eva Novak, Permanent Representative of Slovakia, thanked Mr. Tom Lee.']));
    expect(appositive).toHaveLength(1);
    expect(appositive[0]).toMatchObject({ name: 'Eva Novak', roles: ['Chair'], position: 'Permanent Representative of Slovakia' });
  });

  it('reads Vice-Chairs with the State each represents', () => {
    const chairs = extractChairs(
      buildDoc(['1. The session was co-chaired by the Vice-Chairs of the Bureau, Mr. Luca Bianchi (Italy) and Ms. Wanjiru Kamau (Kenya).']),
    );
    expect(chairs.map((c) => [c.name, c.roles, c.organization?.name, c.pronoun])).toEqual([
      ['Luca Bianchi', ['Vice-Chair'], 'Italy', 'he'],
      ['Wanjiru Kamau', ['Vice-Chair'], 'Kenya', 'she'],
    ]);
  });

  it('reads a head of delegation written position first, and merges a second mention', () => {
    const doc = buildDoc([
      '1. The delegation of Ghana was headed by the Attorney General and Minister of Justice, Gloria Akuffo. At its 17th meeting the Working Group adopted the report.',
      '5. The delegation of Ghana was headed by the Attorney General of Ghana, Ms. Gloria Akuffo and composed of the following members:',
    ]);
    const heads = extractChairs(doc);
    expect(heads).toHaveLength(1);
    expect(heads[0]).toMatchObject({
      key: 'delegation-head-1',
      name: 'Gloria Akuffo',
      honorific: 'Ms.',
      pronoun: 'she',
      roles: ['head of delegation'],
      position: 'Attorney General and Minister of Justice',
      organization: { name: 'Ghana', acronym: null },
    });
    expect(heads[0]?.evidence.map((e) => e.paragraph)).toEqual(['1', '5']);
  });

  it('reads the seed’s two Co-Chairs', () => {
    const chairs = extractChairs(parsedSeed());
    expect(chairs.map((c) => [c.name, c.honorific, c.pronoun, c.roles[0], c.position, c.organization])).toEqual([
      [
        'Vasiliki Kakosimou',
        'Ms.',
        'she',
        'Co-Chair',
        'Head of the Directorate of Support of Asylum Service',
        { name: 'Greek Ministry of Migration and Asylum', acronym: null },
      ],
      ['Francesco Testa', 'Mr.', 'he', 'Co-Chair', 'Prosecutor', { name: 'European Public Prosecutor Office', acronym: 'EPPO' }],
    ]);
  });
});

describe('chairs named one "by" each, and a moderator described by what they did', () => {
  it('reads both co-chairs of "co-chaired by Mr. X (State), …, and by Ms. Y (State), …"', () => {
    const chairs = extractChairs(
      buildDoc([
        '3. The hearing was co-chaired by Mr. Oskar Lind (Sweden), Chair of the Expert Group, and by Ms. Amina Bello (Nigeria), its Rapporteur.',
      ]),
    );
    expect(chairs.map((c) => [c.name, c.roles])).toEqual([
      ['Oskar Lind', ['Co-Chair']],
      ['Amina Bello', ['Co-Chair']],
    ]);
  });

  it('ends the post at a relative clause, and splits a post held "to" a body with its acronym', () => {
    const [m] = extractChairs(
      buildDoc([
        '7. The session was moderated by Mr. Kai Orlov, Technical Adviser to the Regional Customs Network (RCN), who asked each speaker at the table to be brief.',
      ]),
    );
    expect([m?.position, m?.organization]).toEqual(['Technical Adviser', { name: 'Regional Customs Network', acronym: 'RCN' }]);
  });
});
