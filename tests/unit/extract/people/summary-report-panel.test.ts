import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/ingest/extract/index.js';
import { findPersonMentions } from '../../../../src/ingest/extract/people/mentions.js';
import { isPersonApposition } from '../../../../src/ingest/extract/people/name-shapes.js';
import { buildDoc, countries, emptyVocab } from '../fixture.js';

const vocab = emptyVocab(countries('Ecuador', 'Kenya', 'Norway'));
const lookup = (s: string) => (['Ecuador', 'Kenya', 'Norway'].includes(s) ? s : null);
const people = (text: string) => findPersonMentions(text, lookup).map((m) => [m.name, m.position, m.organization?.name ?? null]);

/** A summary report whose only announcement of its panel is the title; written for this test. */
const REPORT = buildDoc(
  [
    '# Summary report of the annual panel discussion on the rights of persons living with albinism',
    '## I. Introduction',
    '1. Rui Falcão Antunes, Vice-President of the Human Rights Council, opened the meeting, and Mbali Zungu-Hartley, Director of the Albinism Advocacy Forum, acted as moderator.',
    '2. Four experts spoke: Kiri Osei-Tutu, Independent Expert on the enjoyment of human rights by persons with albinism; Ana Lucía Borja, General Counsel at Justice Without Walls Foundation (JWWF); Erlend Vik, Lecturer in Law at the University of Tromsø; and Halima Juma, a former street vendor who survived an attack in 2019.',
  ],
  { titleBlock: [] },
);

describe('a summary report of one panel, its people introduced name first', () => {
  const f = extractFacts(REPORT, vocab);
  const person = (name: string) => f.persons.find((p) => p.name === name);

  it('takes the panel from a title "Summary report of the … panel discussion on X"', () => {
    expect(f.panels.map((p) => p.title)).toEqual(['the rights of persons living with albinism']);
  });

  it('reads "Name, <post>, <role verb>" as a person, the post vouching for the bare name', () => {
    expect(person('Rui Falcão Antunes')?.position).toBe('Vice-President');
    expect(person('Mbali Zungu-Hartley')?.organization?.name).toBe('Albinism Advocacy Forum');
  });

  it('keeps a mandate title whose subject runs on after a comma in lower case', () => {
    expect(person('Kiri Osei-Tutu')?.position).toBe('Independent Expert on the enjoyment of human rights by persons with albinism');
  });

  it('reads a counsel at an organization whose name opens on a word honorific ("Justice …")', () => {
    expect(person('Ana Lucía Borja')?.position).toBe('General Counsel');
    expect(person('Ana Lucía Borja')?.organization?.name).toBe('Justice Without Walls Foundation');
    expect(f.persons.some((p) => p.name === 'Without Walls Foundation')).toBe(false);
  });

  it('seats a listed person described by an indefinite apposition ("a former street vendor who …")', () => {
    const seated = f.panellists.map((p) => f.persons.find((x) => x.key === p.personKey)?.name);
    expect(seated).toContain('Halima Juma');
    expect(seated).toContain('Erlend Vik');
  });
});

describe('bare names and posts', () => {
  it('does not read a post between two commas as a name', () => {
    expect(people('Ms. Lena Ruud Berg, Senior Adviser, Head of Section, Ministry of Labour of Norway, took part.').map((x) => x[0])).toEqual([
      'Lena Ruud Berg',
    ]);
  });

  it('ends a description at a comma before a lower-case clause that is not a list of the mandate', () => {
    expect(people('Otieno Wambua, Special Rapporteur on housing, said that evictions had risen.')).toEqual([
      ['Otieno Wambua', 'Special Rapporteur on housing', null],
    ]);
  });

  it('ties a person described by an indefinite apposition to the body a relative clause names', () => {
    expect(people('Wanjiku Kamau, a retired teacher who now heads the Lakeside Widows Association, spoke first.')).toEqual([
      ['Wanjiku Kamau', null, 'Lakeside Widows Association'],
    ]);
    expect(people('Wanjiku Kamau, a retired teacher who visited the Lakeside Widows Association, spoke first.')).toEqual([
      ['Wanjiku Kamau', null, null],
    ]);
  });

  it('takes more nouns for people in an indefinite apposition (professions, people in detention or displacement)', () => {
    expect(isPersonApposition(', a pharmacist who runs a clinic')).toBe(true);
    expect(isPersonApposition(', a former detainee')).toBe(true);
    expect(isPersonApposition(', a regional pharmacy chain')).toBe(false);
  });
});

describe('"The panel was composed of" after the sentence that announced the panel', () => {
  it('is the same panel, not a second one', () => {
    const doc = buildDoc([
      '## I. Introduction',
      '1. In its resolution 59/8, the Council decided to hold a biennial panel discussion on the right to a nationality.',
      '2. The panel was composed of Leila Haddou, Director of the Statelessness Clinic; and Pavel Novak, Professor of Law at Charles University.',
    ]);
    const f = extractFacts(doc, vocab);
    expect(f.panels.map((p) => p.title)).toEqual(['the right to a nationality']);
    expect(f.panellists.map((p) => p.panelOrdinal)).toEqual([1, 1]);
  });
});
