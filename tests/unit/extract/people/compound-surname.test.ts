import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from '../fixture.js';

const vocab = emptyVocab(countries('Chile', 'Spain'));

describe('a compound surname after an honorific', () => {
  it('points back to the one full name that ends with it', () => {
    const doc = buildDoc([
      '1. The panellists were José Luis Ortega Salinas, Professor at the University of Chile, and Marta Ruiz.',
      '2. Mr. Ortega Salinas said that rivers were drying up.',
    ]);
    const f = extractFacts(doc, vocab);
    const names = f.persons.map((p) => p.name);
    expect(names).toContain('José Luis Ortega Salinas');
    expect(names).not.toContain('Ortega Salinas');
    const ortega = f.persons.find((p) => p.name === 'José Luis Ortega Salinas');
    expect(ortega?.evidence.some((e) => e.paragraph === '2')).toBe(true);
  });

  it('does not guess when two full names end the same way', () => {
    const doc = buildDoc([
      '1. The panellists were Ana García López, Director at the Spanish Red Cross, and Pedro García López.',
      '2. Ms. García López said that the law had changed.',
    ]);
    const names = extractFacts(doc, vocab).persons.map((p) => p.name);
    expect(names).toContain('García López');
  });

  it('reads a hyphenated surname as the tail of the full name, also after an opening phrase', () => {
    const doc = buildDoc([
      '1. The panellists were Ana Ruiz-Lopez, Director of Food First; and Li Wen, Adviser at Grain Watch.',
      '2. Mr. Li Wen said that prices had risen.',
      '3. In her closing remarks, Ms. Ruiz-Lopez recalled that rivers were dry.',
    ]);
    const f = extractFacts(doc, vocab);
    const ana = f.persons.find((p) => p.name === 'Ana Ruiz-Lopez');
    expect(f.statements.filter((s) => s.paragraph === '3').map((s) => s.speaker.personKey)).toEqual([ana?.key]);
  });
});

describe('a two-word surname that opens on a short capitalised word ("Te", "Nic")', () => {
  it('points back to the full name, so the later statement has one speaker', () => {
    const doc = buildDoc([
      '1. The discussion was moderated by Ms. Mere Te Rangi, Chief Executive of the Whenua Legal Trust.',
      '2. In her closing remarks, Ms. Te Rangi thanked the panellists.',
      '3. Mr. Tane Te Ao Marama, Director of the River Council, spoke next. Mr. Te Ao Marama said that rivers were persons in law.',
    ]);
    const f = extractFacts(doc, vocab);
    expect(f.persons.map((p) => p.name).sort()).toEqual(['Mere Te Rangi', 'Tane Te Ao Marama']);
    const mere = f.persons.find((p) => p.name === 'Mere Te Rangi');
    expect(f.statements.filter((s) => s.paragraph === '2').map((s) => s.speaker.personKey)).toEqual([mere?.key]);
  });
});
