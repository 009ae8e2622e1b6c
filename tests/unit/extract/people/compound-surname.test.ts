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
