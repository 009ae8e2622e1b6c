/**
 * An unnamed speaker known by a post ("The Regional Commissioner said …") is one person: "She …" opening
 * the next paragraph of the same section is still that speaker. An office is not a person.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, emptyVocab } from './fixture.js';

function speakers(lines: string[]): [string, string][] {
  const f = extractFacts(buildDoc(lines), emptyVocab());
  return f.statements.map((s) => [s.paragraph, s.speaker.organization?.name ?? s.speaker.surface]);
}

describe('a post holder named by the post', () => {
  it('keeps the floor for a "She …" opening the next paragraph', () => {
    expect(
      speakers([
        '## II. Opening statement',
        '4. The Regional Commissioner for Drought stated that wells were failing across the region.',
        '5. She stressed that 40 per cent of herders had lost their animals.',
      ]),
    ).toEqual([
      ['4', 'Regional Commissioner for Drought'],
      ['5', 'Regional Commissioner for Drought'],
    ]);
  });

  it('does not pass the floor to a pronoun after an office spoke', () => {
    expect(
      speakers([
        '## II. Opening statement',
        '4. The Office of the Regional Commissioner for Drought stated that wells were failing.',
        '5. She stressed that herders had lost their animals.',
      ]).map(([p]) => p),
    ).toEqual(['4']);
  });
});
