/**
 * Speakers named as "the representatives of A and B, and of C"; thanks and appreciation as
 * statements; figures without a counted noun of their own (a change's new level, the parts of
 * a base). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { extractPanels } from '../../../src/ingest/extract/panels.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import { extractStatistics } from '../../../src/ingest/extract/statistics.js';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';
import { makeDoc } from './mention-fixture.js';

function speakers(doc: ParsedDocument): string[] {
  const agenda = extractAgenda(doc);
  const { statements } = extractStatements(doc, {
    agendaItems: agenda.items,
    panels: extractPanels(doc, agenda.items),
    vocab: emptyVocab(countries('Peru', 'Chile', 'Ghana', 'Norway', 'Trinidad and Tobago')),
  });
  return statements.map((s) => `${s.paragraph} ${s.speaker.state ?? s.speaker.organization?.acronym ?? s.speaker.organization?.name}`);
}

describe('the representatives of several States and organizations', () => {
  it('makes every one listed a speaker, States joined by "and" each on their own', () => {
    const doc = buildDoc([
      '1. The panel met on 3 May.',
      '2. The representatives of Chile and Peru, and of the Harbour Workers Alliance (HWA), also made statements.',
      '3. The representatives of the Coastal Rights Network and the Tidewater Foundation, and of Trinidad and Tobago, made statements.',
    ]);
    expect(speakers(doc)).toEqual([
      '2 Chile',
      '2 Peru',
      '2 HWA',
      '3 Coastal Rights Network',
      '3 Tidewater Foundation',
      '3 Trinidad and Tobago',
    ]);
  });

  it('keeps the speakers named after the list\'s verb ("…, as did the representative of X")', () => {
    const doc = buildDoc([
      '1. The panel met on 3 May.',
      '2. The representatives of Chile and Ghana took the floor, as did the representative of the Reef Keepers League and the observer for the Andean Water Council.',
    ]);
    expect(speakers(doc)).toEqual(['2 Chile', '2 Ghana', '2 Reef Keepers League', '2 Andean Water Council']);
  });

  it('reads nothing when an entry is a clause, not a name', () => {
    const doc = buildDoc(['1. The panel met on 3 May.', '2. The representatives of Chile and several other delegations made statements.']);
    expect(speakers(doc).filter((s) => s.startsWith('2 '))).not.toContain('2 several other delegations');
  });

  it('counts thanks and appreciation as statements', () => {
    const doc = buildDoc(['1. The panel met on 3 May.', '2. Norway thanked the panellists. Ghana expressed appreciation for the report.']);
    expect(speakers(doc)).toEqual(['2 Norway', '2 Ghana']);
  });
});

describe('figures without a counted noun of their own', () => {
  const values = (text: string) => extractStatistics(makeDoc([text]), []).map((f) => [f.value, f.unit]);

  it('reads a change’s new level as a count of what changed', () => {
    expect(values('The number of asylum applications rose to 7,215 in 2021.')).toEqual([[7215, 'applications']]);
    expect(values('Registered complaints had fallen to 610 by March.')).toEqual([[610, 'complaints']]);
  });

  it('reads the parts of a base as counts of the base’s things', () => {
    expect(values('The inspectors found that, of the 120 shelters visited, 45 lacked heating and 30 had no running water.')).toEqual([
      [120, 'shelters'],
      [45, 'shelters'],
      [30, 'shelters'],
    ]);
  });

  it('still reads a share in brackets, and leaves a year alone', () => {
    expect(values('Most of the victims were women (61 per cent).')).toEqual([[61, '%']]);
    expect(values('The law rose to prominence in 2019.')).toEqual([]);
  });
});
