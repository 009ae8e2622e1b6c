/**
 * States and bodies named by their representatives: a plural role noun before a list ("Representatives
 * of A, B and C made statements"), after the verb ("…, as did the representative of X and the
 * observer for Y"; "statements were made by the representatives of A and B"), a subject set off
 * by "on behalf of …" before its verb, and a State whose UN name ends in a bracket.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Chile', 'Peru', 'Nepal', 'Mongolia', 'Iran (Islamic Republic of)', 'Bolivia (Plurinational State of)'));

function speakersOf(line: string): string[] {
  const f = extractFacts(buildDoc([line]), vocab);
  return f.statements.map((s) => s.speaker.state ?? s.speaker.organization?.name ?? s.speaker.surface);
}

describe('representatives named in a list', () => {
  it('reads the list after a plural role noun as the subject', () => {
    expect(speakersOf('1. Representatives of Chile, Nepal and Mongolia made statements on mountain water.')).toEqual([
      'Chile',
      'Nepal',
      'Mongolia',
    ]);
  });

  it('adds those named after "as did"', () => {
    expect(
      speakersOf(
        '1. The representatives of Peru and Chile took the floor, as did the representative of the Andean Community and the observer for the Mountain Partnership.',
      ),
    ).toEqual(['Peru', 'Chile', 'Andean Community', 'Mountain Partnership']);
  });

  it('reads the agent of a passive "statements were made by the representatives of …"', () => {
    expect(speakersOf('1. During the debate, statements were made by the representatives of Nepal, Peru and Mongolia.')).toEqual([
      'Nepal',
      'Peru',
      'Mongolia',
    ]);
  });

  it('does not read a list after "representatives of" without a reporting verb', () => {
    expect(speakersOf('1. Representatives of Chile and Peru visited the glaciers in May.')).toEqual([]);
  });
});

describe('a subject set off by "on behalf of"', () => {
  it('is the speaker, the group it spoke for is not', () => {
    expect(speakersOf('1. Nepal, speaking on behalf of the Group of Mountain States, stressed that glaciers were melting.')).toEqual([
      'Nepal',
    ]);
  });
});

describe('a State whose UN name ends in a bracket', () => {
  it('is one speaker with its full name', () => {
    expect(speakersOf('1. The representative of Iran (Islamic Republic of) stated that wells had dried up.')).toEqual([
      'Iran (Islamic Republic of)',
    ]);
  });
});

describe('agents added after the list, bodies as agents, and a remark between subject and verb', () => {
  it('reads ", and by X" after a list of representatives, and "Statements were also made by A, B and C"', () => {
    expect(
      speakersOf('1. In the debate, statements were made by the representatives of Nepal and Peru, and by the Andean Community.'),
    ).toEqual(['Nepal', 'Peru', 'Andean Community']);
    expect(
      speakersOf('1. Statements were also made by the Mountain Partnership, Glacier Watch and the Highland Women Network (HWN).'),
    ).toEqual(['Mountain Partnership', 'Glacier Watch', 'Highland Women Network']);
  });

  it('reads a subject with "for its part" or "in turn" before its verb', () => {
    expect(speakersOf('1. The representative of Chile, for its part, described the new water law.')).toEqual(['Chile']);
    expect(speakersOf('1. The representative of Peru, in turn, noted that glaciers were shrinking.')).toEqual(['Peru']);
  });
});
