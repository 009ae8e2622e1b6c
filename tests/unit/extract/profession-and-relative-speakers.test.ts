/**
 * Speakers introduced by a profession in lower case ("data journalist Marta X, of the Y,
 * explained …") and a moderator whose relative clause reports what she did ("… moderated by Ms.
 * X, …, who asked …"); fixtures written for these constructions.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Ghana', 'Chile'));

function speakers(lines: string[]): [string, string | null][] {
  const f = extractFacts(buildDoc(lines), vocab);
  const name = (key: string | null) => f.persons.find((p) => p.key === key)?.name ?? null;
  return f.statements.map((s) => [s.paragraph, name(s.speaker.personKey) ?? s.speaker.state ?? s.speaker.organization?.name ?? null]);
}

describe('speakers named after their profession or before a relative clause', () => {
  it('reads a subject that opens on a lower-case profession', () => {
    expect(
      speakers([
        '4. After the break, data journalist Marta Quiroga Vidal, of the Coastal Press Collective, a regional network, explained how leaks were checked.',
      ]),
    ).toEqual([['4', 'Marta Quiroga Vidal']]);
  });

  it('makes a moderator the speaker of the relative clause that reports her words', () => {
    expect(
      speakers([
        '2. The round table was moderated by Ms. Ilse Marrow, Adviser to the Tidal Law Network (TLN), who asked speakers to keep to five minutes.',
      ]),
    ).toEqual([['2', 'Ilse Marrow']]);
  });
});

describe("a named speaker's apposition", () => {
  it('opens no second speaker at its commas before the reporting verb', () => {
    expect(
      speakers([
        '6. Ms. Ilse Marrow, Head of Research of the Tidal Law Network (TLN), a coalition of coastal lawyers, presented a survey of 40 ports.',
      ]),
    ).toEqual([['6', 'Ilse Marrow']]);
  });
});
