/**
 * Speakers' lists without captions: entries parted by semicolons keep their inner commas and
 * brackets, and a list's last "and" after a State whose name holds "and" still parts two States.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Bosnia and Herzegovina', 'Trinidad and Tobago', 'Mongolia', 'Peru', 'Chile'));

function speakersOf(lines: string[], paragraph: string): string[] {
  const f = extractFacts(buildDoc(lines), vocab);
  return f.statements
    .filter((s) => s.paragraph === paragraph)
    .map((s) => s.speaker.state ?? s.speaker.organization?.name ?? s.speaker.surface);
}

describe('a speakers list parted by semicolons', () => {
  const lines = [
    '1. The following also took the floor: the World Meteorological Organization (WMO); Fundación Ríos Vivos, Agua y Tierra; the Andean Glacier Institute (Instituto Andino de Glaciares); and Mountain Peoples Network.',
  ];

  it('keeps each entry whole, commas inside', () => {
    expect(speakersOf(lines, '1')).toEqual([
      'World Meteorological Organization',
      'Fundación Ríos Vivos, Agua y Tierra',
      'Andean Glacier Institute',
      'Mountain Peoples Network',
    ]);
  });

  it('gives an entry its acronym', () => {
    const f = extractFacts(buildDoc(lines), vocab);
    expect(
      f.statements.find((s) => s.speaker.organization?.name === 'World Meteorological Organization')?.speaker.organization?.acronym,
    ).toBe('WMO');
  });

  it('names the organization under its whole name, comma included', () => {
    const f = extractFacts(buildDoc(lines), vocab);
    expect(f.organizations.map((o) => o.name)).toContain('Fundación Ríos Vivos, Agua y Tierra');
    expect(f.organizations.map((o) => o.name)).not.toContain('Fundación Ríos Vivos');
  });

  it('does not take an organization written like a name for a person', () => {
    const f = extractFacts(buildDoc(lines), vocab);
    expect(f.persons.map((p) => p.name)).not.toContain('Fundación Ríos Vivos');
  });
});

describe('a list ending on two States joined by "and"', () => {
  it('parts them where both sides are States', () => {
    expect(speakersOf(['1. The following States made statements: Chile, Peru, Bosnia and Herzegovina and Mongolia.'], '1')).toEqual([
      'Chile',
      'Peru',
      'Bosnia and Herzegovina',
      'Mongolia',
    ]);
  });

  it('leaves a State whose name holds "and" whole', () => {
    expect(speakersOf(['1. The following States made statements: Chile, Peru and Trinidad and Tobago.'], '1')).toEqual([
      'Chile',
      'Peru',
      'Trinidad and Tobago',
    ]);
  });
});
