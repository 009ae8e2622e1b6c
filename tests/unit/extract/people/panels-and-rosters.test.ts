import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from '../fixture.js';

const vocab = emptyVocab(countries('Austria', 'Brazil', 'Japan', 'Kenya', 'Norway', 'Peru', 'Tunisia', 'Iran (Islamic Republic of)'));

/** A Council report in the house style of panel reports, written for this test. */
const REPORT = buildDoc(
  [
    '## B. Panel discussions',
    '### Panel discussion on water scarcity and forced displacement',
    '40. At its 5th meeting, the Council held the panel discussion. The Deputy High Commissioner made opening remarks.',
    '41. The discussion was moderated by the Permanent Representative of Norway to the United Nations Office at Geneva, Siri Halvorsen.',
    '42. At the same meeting, the following panellists made statements: the Minister of Water Resources of Kenya, Wanjiru Kamau; a Professor of Hydrology at the University of Lima, Jorge Quispe; and Anya Petrova.',
    '43. During the ensuing discussion, the following made statements and asked the panellists questions: (a) Representatives of States Members of the Council: Brazil, Japan7 (on behalf of a group of States), Iran (Islamic Republic of); (b) Observers for non-governmental organizations: Rivers Alliance, Aqua Futura, Inc., Drylands Network (also on behalf of Sahel Voices).',
    '44. The panellists Jorge Quispe and Anya Petrova answered questions.',
    '### Panel discussion on seasonal labour',
    '45. At its 9th meeting, the Council held a second panel discussion. The panellists Tomas Berg and Lea Novak made statements.',
    '46. Remarks were then offered by the panellists, namely: Ivo Marek; and Sara Lund.',
    '47. At the close, both panellists and all four panellists of the morning were thanked; all four panellists then answered questions.',
  ],
  { titleBlock: ['Vice-President and Rapporteur: Mr. Karim Selmi (Tunisia)'] },
);

describe('panels, panellists and moderators as Council reports write them', () => {
  const f = extractFacts(REPORT, vocab);
  const name = (key: string) => f.persons.find((p) => p.key === key)?.name;

  it('opens a panel per heading, titled by its subject', () => {
    expect(f.panels.map((p) => [p.ordinal, p.title])).toEqual([
      [1, 'water scarcity and forced displacement'],
      [2, 'seasonal labour'],
    ]);
  });

  it('seats every listed panellist once, with position and affiliation read from the list', () => {
    expect(f.panellists.filter((x) => x.panelOrdinal === 1).map((x) => name(x.personKey))).toEqual([
      'Wanjiru Kamau',
      'Jorge Quispe',
      'Anya Petrova',
    ]);
    expect(f.panellists.filter((x) => x.panelOrdinal === 2).map((x) => name(x.personKey))).toEqual([
      'Tomas Berg',
      'Lea Novak',
      'Ivo Marek',
      'Sara Lund',
    ]);
    const kamau = f.persons.find((p) => p.name === 'Wanjiru Kamau');
    expect([kamau?.position, kamau?.state, kamau?.organization]).toEqual(['Minister of Water Resources', 'Kenya', null]);
    const quispe = f.persons.find((p) => p.name === 'Jorge Quispe');
    expect([quispe?.position, quispe?.organization?.name]).toEqual(['Professor of Hydrology', 'University of Lima']);
  });

  it('makes the person who moderated a moderator of that panel, and the title block’s rapporteur a chair', () => {
    const mod = f.persons.find((p) => p.name === 'Siri Halvorsen');
    expect(mod?.roles).toContain('moderator');
    expect(mod?.state).toBe('Norway');
    expect(f.panels[0]?.moderatorKeys).toEqual([mod?.key]);
    const rapporteur = f.persons.find((p) => p.name === 'Karim Selmi');
    expect(rapporteur?.roles).toContain('Vice-President');
    expect([rapporteur?.state, rapporteur?.position]).toEqual(['Tunisia', 'Vice-President and Rapporteur']);
  });

  it('reads a speakers’ list under captions as one speaker per entry, the caption as its group, never a topic', () => {
    const roster = f.statements.filter((s) => s.paragraph === '43');
    expect(roster.map((s) => [s.speaker.kind, s.speaker.state ?? s.speaker.organization?.name, s.speaker.group])).toEqual([
      ['state', 'Brazil', 'Representatives of States Members of the Council'],
      ['state', 'Japan', 'Representatives of States Members of the Council'],
      ['state', 'Iran (Islamic Republic of)', 'Representatives of States Members of the Council'],
      ['organization', 'Rivers Alliance', 'Observers for non-governmental organizations'],
      ['organization', 'Aqua Futura, Inc.', 'Observers for non-governmental organizations'],
      ['organization', 'Drylands Network', 'Observers for non-governmental organizations'],
    ]);
    for (const s of roster)
      expect(REPORT.paragraphs.find((p) => p.number === '43')?.text.slice(s.evidence[0]!.start, s.evidence[0]!.end)).toBe(
        s.evidence[0]!.quote,
      );
    expect(f.topics.filter((t) => t.label === 'a' || t.label === 'b')).toEqual([]);
    expect(roster.every((s) => s.panelOrdinal === 1)).toBe(true);
  });

  it('makes listed panellists who answered the speakers of that paragraph', () => {
    expect(f.statements.filter((s) => s.paragraph === '44').map((s) => name(s.speaker.personKey ?? ''))).toEqual([
      'Jorge Quispe',
      'Anya Petrova',
    ]);
  });
});

describe('a constructive dialogue with named panellists', () => {
  const doc = buildDoc([
    '## A. Opening',
    '1. Ms. Rosa Ibáñez (Peru), Co-Chair of the Working Group, opened the dialogue.',
    '## B. Panel: decent work for seasonal migrants',
    '2. One panel of three experts addressed (a) recruitment fees; and (b) housing on farms.',
    '3. Ms. Hana Kowal, Policy Officer at the Seasonal Workers Union (SWU), moderated the discussion.',
    '4. The first panellist, Mr. Omar Diallo, Director of the Fair Harvest Foundation (FHF), spoke about fees. He said that 40 per cent of workers paid them.',
    '5. Ms. Elin Berg, a researcher with the Nordic Labour Institute, turned to housing.',
    '6. When the floor was opened, Ms. Zara Amini of Field Justice stated that inspections were rare. She asked States to act.',
    '7. The representative of Austria described a new law.',
  ]);
  const f = extractFacts(doc, vocab);
  const name = (key: string | null) => f.persons.find((p) => p.key === key)?.name;

  it('opens one panel with its lettered topics and its moderator', () => {
    expect(f.panels.map((p) => p.title)).toEqual(['decent work for seasonal migrants']);
    const topics = f.topics.filter((t) => f.panels[0]?.topicKeys?.includes(t.key)).map((t) => t.text);
    expect(topics).toEqual(['recruitment fees', 'housing on farms']);
    expect(f.panels[0]?.moderatorKeys?.map(name)).toEqual(['Hana Kowal']);
  });

  it('seats the people introduced with an affiliation before the floor opens, not the floor speakers', () => {
    expect(f.panellists.map((x) => [name(x.personKey), x.organization.acronym ?? x.organization.name, x.position])).toEqual([
      ['Omar Diallo', 'FHF', 1],
      ['Elin Berg', 'Nordic Labour Institute', 2],
    ]);
  });

  it('makes named people speakers of their paragraphs, with what follows them', () => {
    const speakers = f.statements.map((s) => [s.paragraph, name(s.speaker.personKey) ?? s.speaker.organization?.name ?? s.speaker.kind]);
    expect(speakers).toEqual(
      expect.arrayContaining([
        ['4', 'Omar Diallo'],
        ['5', 'Elin Berg'],
        ['6', 'Zara Amini'],
      ]),
    );
    const amini = f.statements.find((s) => s.paragraph === '6' && name(s.speaker.personKey) === 'Zara Amini');
    expect(amini?.text).toContain('She asked States to act.');
    expect(f.persons.find((p) => p.name === 'Zara Amini')?.organization?.name).toBe('Field Justice');
    const chair = f.persons.find((p) => p.name === 'Rosa Ibáñez');
    expect(chair?.state).toBe('Peru');
    expect(chair?.position).toMatch(/^Co-Chair/);
  });
});

describe('a delegation listed in an annex', () => {
  const doc = buildDoc([
    '1. The review of Kenya was held at the 3rd meeting.',
    '## Annex',
    '### Composition of the delegation',
    'The delegation of Kenya was headed by the Attorney General, Ms. Njeri Mwangi and composed of the following members:',
    '• Mr. Paul Otieno, Director, Department of Refugee Services;',
    '• Ms. Amina Yusuf, Second Secretary, Permanent Mission of Kenya in Geneva.',
  ]);
  const f = extractFacts(doc, vocab);
  it('reads each member with position, organization and the delegation’s State, cited by the annex block', () => {
    const byName = (n: string) => f.persons.find((p) => p.name === n);
    expect(byName('Njeri Mwangi')?.roles).toContain('head of delegation');
    expect([byName('Paul Otieno')?.position, byName('Paul Otieno')?.organization?.name, byName('Paul Otieno')?.state]).toEqual([
      'Director',
      'Department of Refugee Services',
      'Kenya',
    ]);
    expect(byName('Amina Yusuf')?.position).toBe('Second Secretary');
    const ev = byName('Paul Otieno')!.evidence[0]!;
    expect(ev.paragraph).toMatch(/^annex-\d+$/);
    expect(doc.unnumbered.find((b) => `annex-${b.order}` === ev.paragraph)?.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });
});

describe('an annex listing members without honorifics', () => {
  const doc = buildDoc([
    '1. The review of Norway was held at the 5th meeting.',
    '## Annex',
    '### Composition of the delegation',
    'The delegation of Norway was headed by the Minister of Justice, Kofi Mensah, and was composed of the following members:',
    '• Ama Owusu, Director, Legal Aid Commission;',
    '• Yaw Boateng, Ambassador, Permanent Representative of Norway to the United Nations Office at Geneva;',
    '• Efua Asante, Ambassador, Deputy Director, Treaties Department, Ministry of Foreign Affairs;',
    '• Kwame Darko, Municipal Councillor, Accra Metropolitan Assembly;',
    '• Abena Sarpong, II, Secretary, Permanent Mission of Norway in Geneva.',
    '• Legal Aid Commission, Annual Report;',
  ]);
  const f = extractFacts(doc, vocab);
  const byName = (n: string) => f.persons.find((p) => p.name === n);
  it('reads a line that opens on a bare name followed by a post as a member', () => {
    expect([byName('Ama Owusu')?.position, byName('Ama Owusu')?.organization?.name, byName('Ama Owusu')?.state]).toEqual([
      'Director',
      'Legal Aid Commission',
      'Norway',
    ]);
    expect(byName('Kwame Darko')?.position).toBe('Municipal Councillor');
    expect(f.persons.some((p) => p.name === 'Legal Aid Commission' || p.name === 'Annual Report')).toBe(false);
  });
  it('keeps consecutive posts (a rank, then a function) in the position, never as an organization', () => {
    expect(byName('Yaw Boateng')?.position).toBe('Ambassador, Permanent Representative of Norway to the United Nations Office at Geneva');
    expect(byName('Yaw Boateng')?.organization).toBeNull();
    // Posts, then the unit, then the body: the unit stays with the posts (affiliation.ts, segmentedDescription).
    expect(byName('Efua Asante')?.position).toBe('Ambassador, Deputy Director, Treaties Department');
    expect(byName('Efua Asante')?.organization?.name).toBe('Ministry of Foreign Affairs');
  });
  it('keeps a grade printed apart before its post in the position', () => {
    expect(byName('Abena Sarpong')?.position).toBe('II, Secretary');
    expect(byName('Abena Sarpong')?.organization?.name).toBe('Permanent Mission of Norway');
  });
});

describe('an annex of "post – name" lines', () => {
  const doc = buildDoc([
    '1. The delegation of Peru took part in the review.',
    '## Annex: Composition of the delegation of Peru',
    'Head of delegation: Ms. Lucía Rojas',
    'Vice-Minister of Justice – Mr. Hugo Salas',
    'Adviser, Ministry of Women – Carla Ponce',
  ]);
  const f = extractFacts(doc, vocab);
  it('reads the head, and each post with its holder, all of the delegation’s State', () => {
    const byName = (n: string) => f.persons.find((p) => p.name === n);
    expect(byName('Lucía Rojas')?.roles).toEqual(['head of delegation']);
    expect([byName('Hugo Salas')?.position, byName('Hugo Salas')?.state]).toEqual(['Vice-Minister of Justice', 'Peru']);
    expect([byName('Carla Ponce')?.position, byName('Carla Ponce')?.organization?.name]).toEqual(['Adviser', 'Ministry of Women']);
  });
});

describe('named speakers', () => {
  const doc = buildDoc([
    '## Interactive dialogue',
    '3. At the same meeting, statements were made by the following: Minister of Health of Tunisia, Salma Ben Ali; Deputy Minister of Labour of Norway, Erik Dahl.',
    '4. Two recorded statements by Maria Costa, of the Lisbon Rights Clinic, and Ken Ito, of the Osaka Labour Centre, were shown.',
    '5. According to Ms. Salma Ben Ali, the programme had reached 3,000 families.',
  ]);
  const f = extractFacts(doc, vocab);
  const who = (para: string) =>
    f.statements
      .filter((s) => s.paragraph === para)
      .map((s) => f.persons.find((p) => p.key === s.speaker.personKey)?.name ?? s.speaker.surface);
  it('reads "Post of State, Name; …" after a colon as speakers of that paragraph, for their State', () => {
    expect(who('3')).toEqual(['Salma Ben Ali', 'Erik Dahl']);
    expect(f.statements.find((s) => s.paragraph === '3')?.speaker.state).toBe('Tunisia');
  });
  it('reads "statements by X, of …, and Y" and "According to X"', () => {
    expect(who('4')).toEqual(['Maria Costa', 'Ken Ito']);
    expect(who('5')).toEqual(['Salma Ben Ali']);
  });
});

describe('numbered panels whose panellists are named', () => {
  const doc = buildDoc([
    '## II. Panels',
    '3. The first panel discussed online recruitment.',
    '4. The first panellist, Ms. Ada Lind, from the Digital Safety Lab (DSL), described tools. She said that a fifth were flagged.',
    '5. The panellist from the Fair Work Network (FWN), Mr. Omar Said, explained audits.',
  ]);
  const f = extractFacts(doc, vocab);
  it('makes the named person the panellist, with the organization the introduction gives', () => {
    const rows = f.panellists.map((x) => {
      const p = f.persons.find((y) => y.key === x.personKey);
      return [p?.name, p?.organization?.acronym, x.panelOrdinal, x.position];
    });
    expect(rows).toEqual([
      ['Ada Lind', 'DSL', 1, 1],
      ['Omar Said', 'FWN', 1, 2],
    ]);
    expect(f.persons.filter((p) => p.name === null && p.roles.includes('panellist'))).toEqual([]);
  });
});

describe('a panel under its own heading that works through a lettered list', () => {
  const doc = buildDoc([
    '## II. Panel on safe shelter for survivors',
    '4. The panel considered two questions: (a) funding of shelters; and (b) standards of care.',
    '5. The first panellist, from the Shelter Coalition, said that funding was short-term.',
  ]);
  const f = extractFacts(doc, vocab);
  it('takes the heading’s subject as title and every lettered item as a topic of that panel', () => {
    expect(f.panels.map((p) => p.title)).toEqual(['safe shelter for survivors']);
    const keys = f.panels[0]?.topicKeys ?? [];
    expect(f.topics.filter((t) => keys.includes(t.key)).map((t) => t.text)).toEqual(['funding of shelters', 'standards of care']);
  });
});
