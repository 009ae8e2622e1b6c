/**
 * A programme of panels printed outside the numbered paragraphs: a table with moderator and
 * panellist columns, or a caption per panel with "Moderator:" and "Panellists:" lines.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/ingest/extract/index.js';
import { parseDocument } from '../../../../src/ingest/parse/index.js';
import { buildDoc, countries, emptyVocab } from '../fixture.js';

const vocab = emptyVocab(countries('Fiji', 'Norway'));

function panelPeople(f: ReturnType<typeof extractFacts>, ordinal: number): (string | null)[] {
  return f.panellists.filter((p) => p.panelOrdinal === ordinal).map((pl) => f.persons.find((p) => p.key === pl.personKey)?.name ?? null);
}

describe('a programme table', () => {
  const doc = buildDoc([
    '1. The workshop was opened by the Chair.',
    'Session | Topic | Moderator | Speakers',
    '1 | Ocean acidification | Ms. Litia Qalo (Fiji), Rapporteur of the Working Group | Mr. Henrik Aas, Marine Scientist, Institute of Sea Research; Ms. Mere Tuilagi, Director, Reef Guardians Trust',
    '2 | Coastal fisheries | Mr. Sione Latu, Adviser, Pacific Tuna Forum | Dr. Ana Kora, Lecturer, Island Sciences College',
    '2. Mr. Aas said that the sea was becoming more acidic.',
    '3. Ms. Tuilagi stated that 40 per cent of the reefs were bleached.',
  ]);
  const f = extractFacts(doc, vocab);

  it('makes one panel per row, titled by its topic', () => {
    expect(f.panels.map((p) => [p.ordinal, p.title])).toEqual([
      [1, 'Ocean acidification'],
      [2, 'Coastal fisheries'],
    ]);
  });

  it('seats the people of the speakers column, with post and organization', () => {
    expect(panelPeople(f, 1)).toEqual(['Henrik Aas', 'Mere Tuilagi']);
    expect(panelPeople(f, 2)).toEqual(['Ana Kora']);
    const aas = f.persons.find((p) => p.name === 'Henrik Aas');
    expect([aas?.position, aas?.organization?.name]).toEqual(['Marine Scientist', 'Institute of Sea Research']);
  });

  it('gives the moderator column its role, and the State in brackets', () => {
    const qalo = f.persons.find((p) => p.name === 'Litia Qalo');
    expect(qalo?.roles).toContain('moderator');
    expect(qalo?.state).toBe('Fiji');
    expect(f.panels[0]?.moderatorKeys).toEqual([qalo?.key]);
  });

  it('names the organizations the programme gives its people, cited in its rows', () => {
    const orgs = f.organizations.map((o) => o.name);
    expect(orgs).toEqual(
      expect.arrayContaining(['Institute of Sea Research', 'Reef Guardians Trust', 'Pacific Tuna Forum', 'Island Sciences College']),
    );
    expect(f.organizations.find((o) => o.name === 'Reef Guardians Trust')?.evidence[0]?.paragraph).toMatch(/^annex-/);
  });

  it('lets the paragraphs call the people by surname', () => {
    const aas = f.persons.find((p) => p.name === 'Henrik Aas');
    const tuilagi = f.persons.find((p) => p.name === 'Mere Tuilagi');
    expect(f.statements.find((s) => s.paragraph === '2')?.speaker.personKey).toBe(aas?.key);
    expect(f.statements.find((s) => s.paragraph === '3')?.speaker.personKey).toBe(tuilagi?.key);
  });
});

describe('a panel caption with Moderator and Panellists lines', () => {
  const doc = buildDoc([
    '1. Two panels were held.',
    'Panel 1: Early warning systems',
    'Moderator: Mr. Olav Berg, Senior Adviser, Norwegian Meteorological Service',
    'Panellists:',
    '• Ms. Kalani Fonoti, Coordinator, Pacific Alert Network',
    '• Mr. Ravi Prasad, Engineer, Fiji Weather Office',
    'Panel 2: Insurance against disasters',
    'Moderator: Ms. Ingrid Holm, Director, Nordic Risk Pool',
    'Panellists: Mr. Tevita Fifita, Actuary, Island Mutual; Ms. June Park, Economist, Asian Resilience Bank',
    '2. Ms. Fonoti described the sirens.',
  ]);
  const f = extractFacts(doc, vocab);

  it('makes one panel per caption with its moderator and panellists', () => {
    expect(f.panels.map((p) => p.title)).toEqual(['Early warning systems', 'Insurance against disasters']);
    expect(panelPeople(f, 1)).toEqual(['Kalani Fonoti', 'Ravi Prasad']);
    expect(panelPeople(f, 2)).toEqual(['Tevita Fifita', 'June Park']);
    const berg = f.persons.find((p) => p.name === 'Olav Berg');
    expect(berg?.roles).toContain('moderator');
    expect(berg?.organization?.name).toBe('Norwegian Meteorological Service');
  });
});

describe('what is not a programme', () => {
  it('a caption with nobody under it is a heading, not a panel', () => {
    const doc = buildDoc(['1. The session opened.', 'Part 2: Reports of the working groups', '2. The Chair said that reports were late.']);
    expect(extractFacts(doc, vocab).panels).toEqual([]);
  });

  it('a table without a column of people is data', () => {
    const doc = buildDoc(['1. The figures follow.', 'Year | Cases | Convictions', '2023 | 140 | 12', '2024 | 151 | 19']);
    expect(extractFacts(doc, vocab).panels).toEqual([]);
  });
});

describe('a Markdown table', () => {
  it('is read one block per row, cells joined by " | ", as a Word table is', () => {
    const md =
      '1. Intro.\n\n| Topic | Panellists |\n|---|---|\n| Water | Ms. Ana Kora, Lecturer, Island Sciences College |\n| Food | Mr. Ravi Prasad, Engineer, Fiji Weather Office |\n';
    const doc = parseDocument(Buffer.from(md), 'programme.md');
    expect(doc.unnumbered.map((b) => b.text)).toEqual([
      'Topic | Panellists',
      'Water | Ms. Ana Kora, Lecturer, Island Sciences College',
      'Food | Mr. Ravi Prasad, Engineer, Fiji Weather Office',
    ]);
  });
});

describe('a roster table under a panel heading', () => {
  const doc = buildDoc([
    '## I. Panel 1: Ocean observation networks',
    '1. The first panel heard Ms. Litia Qalo, Director of the Lagoon Watch Society, who spoke on tide gauges.',
    '## II. Panel 2: Fisheries data',
    '2. The panellists of the second panel were the following.',
    'Panellist | Organization | Function',
    'Mr. Henrik Aas | Institute of Sea Research (ISR) | Marine Scientist',
    'Ms. Mere Tuilagi | Reef Guardians Trust | Director',
    '3. Ms. Tuilagi stated that 40 per cent of the reefs were bleached.',
  ]);
  const f = extractFacts(doc, vocab);

  it('opens a panel at each numbered "Panel N:" heading, titled by its subject', () => {
    expect(f.panels.map((p) => [p.ordinal, p.title])).toEqual([
      [1, 'Ocean observation networks'],
      [2, 'Fisheries data'],
    ]);
  });

  it('seats the rows on the panel whose heading the table stands under, with organization and post from their columns', () => {
    expect(panelPeople(f, 2)).toEqual(['Henrik Aas', 'Mere Tuilagi']);
    const aas = f.persons.find((p) => p.name === 'Henrik Aas');
    expect([aas?.position, aas?.organization?.name, aas?.organization?.acronym]).toEqual([
      'Marine Scientist',
      'Institute of Sea Research',
      'ISR',
    ]);
    expect(f.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Institute of Sea Research', 'Reef Guardians Trust']));
  });

  it('makes no panel of a roster row, and lets the paragraphs call the people by surname', () => {
    expect(f.panels).toHaveLength(2);
    const tuilagi = f.persons.find((p) => p.name === 'Mere Tuilagi');
    expect(f.statements.find((s) => s.paragraph === '3')?.speaker.personKey).toBe(tuilagi?.key);
  });
});
